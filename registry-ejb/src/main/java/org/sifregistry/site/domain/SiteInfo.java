package org.sifregistry.site.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.UserText;

/** The site settings as a value: checked once here, whether they come from the admin page or the configuration. */
public record SiteInfo(String name, String aboutText, String contactEmail, String helpLink, boolean defaultPrivate,
                       String registryId) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    /** The original registry's rule for its id in the central index: lowercase, 12 characters at most. */
    private static final Pattern REGISTRY_ID = Pattern.compile("[a-z0-9]{1," + Settings.REGISTRY_ID_MAX_LENGTH + "}");

    public SiteInfo {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("name", ErrorKey.SETTINGS_NAME_REQUIRED);
        }
        if (name.length() > Settings.NAME_MAX_LENGTH) {
            throw new InvalidInputException("name", ErrorKey.SETTINGS_NAME_TOO_LONG, Settings.NAME_MAX_LENGTH);
        }
        aboutText = blankToNull(aboutText);
        if (aboutText != null && aboutText.length() > Settings.ABOUT_MAX_LENGTH) {
            throw new InvalidInputException("aboutText", ErrorKey.SETTINGS_ABOUT_TOO_LONG, Settings.ABOUT_MAX_LENGTH);
        }
        contactEmail = blankToNull(contactEmail);
        if (contactEmail != null && (!EMAIL.matcher(contactEmail).matches() || contactEmail.length() > Settings.LINK_MAX_LENGTH)) {
            throw new InvalidInputException("contactEmail", ErrorKey.SETTINGS_EMAIL, UserText.quoted(contactEmail));
        }
        helpLink = blankToNull(helpLink);
        if (helpLink != null && !isWebLink(helpLink)) {
            throw new InvalidInputException("helpLink", ErrorKey.SETTINGS_HELP_LINK, UserText.quoted(helpLink));
        }
        registryId = registryId == null ? "" : registryId.strip();
        if (!REGISTRY_ID.matcher(registryId).matches()) {
            throw new InvalidInputException("registryId", ErrorKey.SETTINGS_REGISTRY_ID, UserText.quoted(registryId),
                    Settings.REGISTRY_ID_MAX_LENGTH);
        }
    }

    /** The names of the settings that differ from {@code before}'s, in the order of the settings page. */
    public List<String> changesFrom(SiteInfo before) {
        List<String> changed = new ArrayList<>();
        addIfChanged(changed, "name", name, before.name);
        addIfChanged(changed, "aboutText", aboutText, before.aboutText);
        addIfChanged(changed, "contactEmail", contactEmail, before.contactEmail);
        addIfChanged(changed, "helpLink", helpLink, before.helpLink);
        addIfChanged(changed, "defaultPrivate", defaultPrivate, before.defaultPrivate);
        addIfChanged(changed, "registryId", registryId, before.registryId);
        return changed;
    }

    private static void addIfChanged(List<String> changed, String setting, Object now, Object before) {
        if (!Objects.equals(now, before)) {
            changed.add(setting);
        }
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && link.length() <= Settings.LINK_MAX_LENGTH;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
