package org.sifregistry.common;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The key of every text an error of the registry is told in, so that the compiler finds a misspelt one. The English
 * texts are in {@code errors.properties} beside this class; a page's bundle may word a key its own way.
 */
public enum ErrorKey {

    // Words that other texts take as arguments: the kind of name a naming rule refused, the form of a reference.
    WORD_COLLECTION_NAME("refusal.word.collectionName"),
    WORD_CONTAINER_NAME("refusal.word.containerName"),
    WORD_TEAM_NAME("refusal.word.teamName"),
    WORD_TOPIC_TAG("refusal.word.topicTag"),
    WORD_REF_FORM("refusal.word.refForm"),

    NOT_SIGNED_IN("refusal.notSignedIn"),
    PAGE_OFFSET("refusal.page.offset"),
    PAGE_LIMIT("refusal.page.limit"),
    AUDIT_ADMIN_ONLY("refusal.audit.adminOnly"),
    AUDIT_ACTION("refusal.audit.action"),
    AUDIT_INSTANT("refusal.audit.instant"),
    PAGE_SORT("refusal.page.sort"),

    NAME_REQUIRED("refusal.name.required"),
    NAME_CHARACTERS("refusal.name.characters"),
    NAME_ENDS("refusal.name.ends"),
    NAME_TOO_LONG("refusal.name.tooLong"),

    COLLECTION_NOT_FOUND("refusal.collection.notFound"),
    COLLECTION_DUPLICATE("refusal.collection.duplicate"),
    COLLECTION_FOR_OTHERS("refusal.collection.forOthers"),
    COLLECTION_DESCRIPTION_TOO_LONG("refusal.collection.descriptionTooLong"),
    COLLECTION_MANAGE_DENIED("refusal.collection.manageDenied"),
    COLLECTION_LAST_OWNER("refusal.collection.lastOwner"),

    CONTAINER_NOT_FOUND("refusal.container.notFound"),
    CONTAINER_CREATED_CONCURRENTLY("refusal.container.createdConcurrently"),
    CONTAINER_TAG_TAKEN("refusal.container.tagTaken"),
    CONTAINER_TOPICS_DENIED("refusal.container.topicsDenied"),
    CONTAINER_FROZEN_DELETE("refusal.container.frozen.delete"),
    CONTAINER_FROZEN_MOVE_TAG("refusal.container.frozen.moveTag"),
    CONTAINER_FROZEN_RENAME_TAG("refusal.container.frozen.renameTag"),
    TAG_REQUIRED("refusal.tag.required"),
    TAG_CHARACTERS("refusal.tag.characters"),
    TAG_START("refusal.tag.start"),
    TAG_DOTS("refusal.tag.dots"),
    TAG_TOO_LONG("refusal.tag.tooLong"),
    ARCH_REQUIRED("refusal.arch.required"),
    ARCH_CHARACTERS("refusal.arch.characters"),
    ARCH_TOO_LONG("refusal.arch.tooLong"),
    REF_REQUIRED("refusal.ref.required"),
    REF_TOO_LONG("refusal.ref.tooLong"),
    REF_INVISIBLE("refusal.ref.invisible"),
    REF_FORBIDDEN("refusal.ref.forbidden"),
    REF_SEPARATORS("refusal.ref.separators"),
    REF_NO_SLASH("refusal.ref.noSlash"),
    REF_COLON_AFTER_AT("refusal.ref.colonAfterAt"),
    REF_NO_COLLECTION("refusal.ref.noCollection"),
    REF_NO_NAME("refusal.ref.noName"),
    REF_NO_TAG("refusal.ref.noTag"),
    REF_NO_VERSION("refusal.ref.noVersion"),
    VERSION_REQUIRED("refusal.version.required"),
    VERSION_FORM("refusal.version.form"),
    DIGEST_HEX("refusal.digest.hex"),

    IMAGE_NOT_FOUND("refusal.image.notFound"),
    IMAGE_MISSING("refusal.image.missing"),
    IMAGE_TOO_LARGE("refusal.image.tooLarge"),
    STORE_FULL("refusal.store.full"),
    IMAGE_EMPTY("refusal.image.empty"),
    IMAGE_FORMAT("refusal.image.format"),
    IMAGE_OTHER_CONTAINER("refusal.image.otherContainer"),
    IMAGE_NOT_UPLOADED("refusal.image.notUploaded"),
    IMAGE_PUSHED_CONCURRENTLY("refusal.image.pushedConcurrently"),
    MANIFEST_TOO_LARGE("refusal.manifest.tooLarge"),
    MANIFEST_SCHEMA_VERSION("refusal.manifest.schemaVersion"),
    MANIFEST_TYPE("refusal.manifest.type"),
    MANIFEST_UNTYPED("refusal.manifest.untyped"),
    MANIFEST_CONFIG_TYPE("refusal.manifest.configType"),
    MANIFEST_CONFIG_DIGEST("refusal.manifest.configDigest"),
    MANIFEST_ONE_LAYER("refusal.manifest.oneLayer"),
    MANIFEST_LAYER_TYPE("refusal.manifest.layerType"),
    MANIFEST_LAYER_DIGEST("refusal.manifest.layerDigest"),
    MANIFEST_LAYER_SIZE("refusal.manifest.layerSize"),
    MANIFEST_NOT_JSON("refusal.manifest.notJson"),
    MANIFEST_NOT_OBJECT("refusal.manifest.notObject"),
    MANIFEST_MISSING("refusal.manifest.missing"),
    MANIFEST_LAYER_SIZE_MISMATCH("refusal.manifest.layerSizeMismatch"),
    MANIFEST_PUSHED_CONCURRENTLY("refusal.manifest.pushedConcurrently"),
    MANIFEST_MEDIA_TYPE("refusal.manifest.mediaType"),
    MANIFEST_NO_MEDIA_TYPE("refusal.manifest.noMediaType"),
    MANIFEST_DESCRIPTOR("refusal.manifest.descriptor"),
    UPLOAD_NOT_FOUND("refusal.upload.notFound"),
    UPLOAD_SIZE_REQUIRED("refusal.upload.sizeRequired"),
    UPLOAD_SIZE_MISMATCH("refusal.upload.sizeMismatch"),
    UPLOAD_DIGEST_MISMATCH("refusal.upload.digestMismatch"),
    UPLOAD_LARGER_THAN_ANNOUNCED("refusal.upload.largerThanAnnounced"),
    UPLOAD_BROKE_OFF("refusal.upload.brokeOff"),
    UPLOAD_PART_BEYOND_LIMIT("refusal.upload.partBeyondLimit"),
    UPLOAD_PART_SHORT("refusal.upload.partShort"),
    UPLOAD_PART_LONG("refusal.upload.partLong"),
    UPLOAD_PART_BROKE_OFF("refusal.upload.partBrokeOff"),
    UPLOAD_PART_MISSING("refusal.upload.partMissing"),
    RANGE_MULTIPLE("refusal.range.multiple"),
    RANGE_FORM("refusal.range.form"),
    RANGE_NOT_SATISFIABLE("refusal.range.notSatisfiable"),
    LINK_SIGNATURE("refusal.link.signature"),
    LINK_EXPIRED("refusal.link.expired"),

    LIBRARY_IMAGE_ID("refusal.library.imageId"),
    LIBRARY_REF_REQUIRED("refusal.library.refRequired"),
    LIBRARY_REF_PARTS("refusal.library.refParts"),
    LIBRARY_CONTAINER_ID("refusal.library.containerId"),
    LIBRARY_ENTITY_NOT_FOUND("refusal.library.entityNotFound"),
    LIBRARY_ENTITY_MISMATCH("refusal.library.entityMismatch"),
    SHUB_DIGEST_AMBIGUOUS("refusal.shub.digestAmbiguous"),
    LIBRARY_SEARCH_TOO_SHORT("refusal.library.searchTooShort"),
    LIBRARY_SHA256_MISMATCH("refusal.library.sha256Mismatch"),
    LIBRARY_UPLOAD_INCOMPLETE("refusal.library.uploadIncomplete"),
    LIBRARY_PART("refusal.library.part"),
    LIBRARY_UPLOAD_ID("refusal.library.uploadId"),
    LIBRARY_COLLECTION_BODY("refusal.library.collectionBody"),
    LIBRARY_CONTAINER_BODY("refusal.library.containerBody"),
    LIBRARY_IMAGE_BODY("refusal.library.imageBody"),
    LIBRARY_TAG_BODY("refusal.library.tagBody"),
    LIBRARY_TAG_ARCH_BODY("refusal.library.tagArchBody"),

    SREGISTRY_AUTH_MISSING("refusal.sregistry.auth.missing"),
    SREGISTRY_AUTH_SCHEME("refusal.sregistry.auth.scheme"),
    SREGISTRY_AUTH_CREDENTIAL("refusal.sregistry.auth.credential"),
    SREGISTRY_AUTH_SIGNATURE_FORM("refusal.sregistry.auth.signatureForm"),
    SREGISTRY_AUTH_USER("refusal.sregistry.auth.user"),
    SREGISTRY_AUTH_KIND("refusal.sregistry.auth.kind"),
    SREGISTRY_AUTH_EXPIRED("refusal.sregistry.auth.expired"),
    SREGISTRY_SIGNATURE("refusal.sregistry.signature"),
    SREGISTRY_PULL_TOKEN("refusal.sregistry.pullToken"),
    SREGISTRY_BODY("refusal.sregistry.body"),
    SREGISTRY_FORM("refusal.sregistry.form"),
    SREGISTRY_NOT_MULTIPART("refusal.sregistry.notMultipart"),
    SREGISTRY_FIELD_TOO_LONG("refusal.sregistry.fieldTooLong"),
    SREGISTRY_FIELD_MISSING("refusal.sregistry.fieldMissing"),
    SREGISTRY_CID("refusal.sregistry.cid"),
    SREGISTRY_UPLOAD_NOT_FOUND("refusal.sregistry.uploadNotFound"),
    SREGISTRY_UPLOAD_MISMATCH("refusal.sregistry.uploadMismatch"),

    SHARE_NOT_FOUND("refusal.share.notFound"),
    SHARE_REVOKED("refusal.share.revoked"),
    SHARE_EXPIRED("refusal.share.expired"),
    SHARE_EXPIRY_PAST("refusal.share.expiryPast"),
    SHARE_LIFETIME("refusal.share.lifetime"),
    SHARE_DENIED("refusal.share.denied"),
    SHARE_REVOKE_DENIED("refusal.share.revokeDenied"),

    USERNAME_REQUIRED("refusal.username.required"),
    USERNAME_TOO_LONG("refusal.username.tooLong"),
    USER_NOT_FOUND("refusal.user.notFound"),
    USER_NOT_SIGNED_IN_YET("refusal.user.notSignedInYet"),
    USER_ADMIN_ONLY("refusal.user.adminOnly"),
    USER_ROLE_NOT_GRANTABLE("refusal.user.roleNotGrantable"),
    USER_OWN_ADMIN_ROLE("refusal.user.ownAdminRole"),
    NAMESPACE_ENTITY_REQUIRED("refusal.namespace.entityRequired"),
    NAMESPACE_DENIED("refusal.namespace.denied"),
    TEAM_NOT_FOUND("refusal.team.notFound"),
    TEAM_DUPLICATE("refusal.team.duplicate"),
    TEAM_NOT_MEMBER("refusal.team.notMember"),
    TEAM_LAST_OWNER("refusal.team.lastOwner"),
    TEAM_CALLER_NOT_MEMBER("refusal.team.callerNotMember"),
    TEAM_CALLER_LAST_OWNER("refusal.team.callerLastOwner"),
    TEAM_MEMBERS_HIDDEN("refusal.team.membersHidden"),
    TEAM_MANAGE_DENIED("refusal.team.manageDenied"),
    TOKEN_BODY("refusal.token.body"),
    TOKEN_NAME_REQUIRED("refusal.token.nameRequired"),
    TOKEN_NAME_TOO_LONG("refusal.token.nameTooLong"),
    TOKEN_SCOPE_REQUIRED("refusal.token.scopeRequired"),
    TOKEN_SCOPE_UNKNOWN("refusal.token.scopeUnknown"),
    TOKEN_EXPIRY_PAST("refusal.token.expiryPast"),
    TOKEN_LIFETIME("refusal.token.lifetime"),
    TOKEN_NOT_FOUND("refusal.token.notFound"),
    TOKEN_REVOKE_DENIED("refusal.token.revokeDenied"),

    SETTINGS_ADMIN_ONLY("refusal.settings.adminOnly"),
    SETTINGS_NAME_REQUIRED("refusal.settings.nameRequired"),
    SETTINGS_NAME_TOO_LONG("refusal.settings.nameTooLong"),
    SETTINGS_ABOUT_TOO_LONG("refusal.settings.aboutTooLong"),
    SETTINGS_EMAIL("refusal.settings.email"),
    SETTINGS_REGISTRY_ID("refusal.settings.registryId"),
    SETTINGS_HELP_LINK("refusal.settings.helpLink"),
    STATS_DAYS("refusal.stats.days"),
    JOBS_ADMIN_ONLY("refusal.jobs.adminOnly"),
    JOBS_NO_OBJECT_STORE("refusal.jobs.noObjectStore"),
    JOBS_ALREADY_RUNNING("refusal.jobs.alreadyRunning"),
    QUOTA_FORM("refusal.quota.form"),
    QUOTA_ADMIN_ONLY("refusal.quota.adminOnly"),
    QUOTA_EXCEEDED_USER("refusal.quota.exceeded.user"),
    QUOTA_EXCEEDED_TEAM("refusal.quota.exceeded.team");

    /** The bundle of the English texts, in which every key has its text (ErrorKeyTest checks both ways). */
    public static final String BUNDLE = "org.sifregistry.common.errors";

    private final String key;

    ErrorKey(String key) {
        this.key = key;
    }

    /** The key in the bundles, {@code refusal.<feature>.<what>}. */
    public String key() {
        return key;
    }

    /** The English text, a {@link java.text.MessageFormat} pattern. */
    public String english() {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, ErrorKey.class.getClassLoader()).getString(key);
    }
}
