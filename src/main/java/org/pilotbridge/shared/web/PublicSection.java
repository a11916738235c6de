package org.pilotbridge.shared.web;

/**
 * A section of the public site in its main navigation, declared by the module that owns
 * it as a bean. The Vaadin workspace shows the same sections in its menu.
 *
 * @param order lower values come first
 * @param titleKey the message key of the section's name
 * @param path the section's address in English, such as {@code /challenges}
 * @param inEveryLanguage whether the section is served under every language prefix
 * ({@code /fr/challenges}); a section still served by the workspace has one address only
 * @param icon the icon of the section in the workspace's menu, such as
 * {@code vaadin:search}
 */
public record PublicSection(int order, String titleKey, String path, boolean inEveryLanguage, String icon) {
}
