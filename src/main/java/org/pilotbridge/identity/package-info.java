/**
 * People, the organisations they act for, their roles, invitations and sign-in. Every
 * sign-in is OpenID Connect: by default through the provider built into this module
 * ({@code provider}), or through any provider configured with
 * {@code spring.security.oauth2.client.registration.*}.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "audit", "shared :: ui", "shared :: web" })
@NullMarked
package org.pilotbridge.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
