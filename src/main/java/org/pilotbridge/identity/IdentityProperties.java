package org.pilotbridge.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module.
 *
 * @param platformAdmins e-mail addresses that become platform administrators when they
 * sign in with a verified address at the built-in provider
 * @param invitationValidity how long an invitation link can be used
 */
@ConfigurationProperties("pilotbridge.identity")
record IdentityProperties(@DefaultValue List<String> platformAdmins, @DefaultValue("P7D") Duration invitationValidity) {
}
