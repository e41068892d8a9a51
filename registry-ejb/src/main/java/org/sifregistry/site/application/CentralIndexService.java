package org.sifregistry.site.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionQuery;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.collection.domain.CollectionSort;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.Page;
import org.sifregistry.common.PageRequest;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.site.domain.SiteInfo;

/**
 * What the central index of Singularity registries (the "registry of registries" the original registry joins by a
 * pull request) reads of this registry: its identity, its public collections with their containers, and the
 * registry file an admin submits to it. Public data only: everything is read as an anonymous visitor would.
 */
@Stateless
public class CentralIndexService {

    /** Collections per page of the index's listing. */
    public static final int PAGE_SIZE = 25;
    /** The robot pictures the index's template chooses from. */
    private static final int ROBOTS = 9;

    @Inject
    private CollectionService collections;

    @Inject
    private CollectionRepository collectionRepository;

    @Inject
    private ContainerRepository containers;

    @Inject
    private SettingsService settings;

    @Inject
    private RegistryConfig config;

    @Inject
    private Clock clock;

    /** The registry's name, id and public address, as {@code /api/registry/identity} answers them. */
    public RegistryIdentity identity() {
        SiteInfo info = settings.get();
        return new RegistryIdentity(info.name(), info.registryId(), config.baseUrl().toString());
    }

    /**
     * One page (from 1) of the public collections by name, each with its tagged containers as the original lists
     * them ({@code sregistry search} prints their {@code uri} and {@code detail}).
     */
    public Page<IndexedCollection> publicCollections(int page) {
        Caller visitor = Caller.anonymous();
        PageRequest request = new PageRequest((Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
        return collections.page(new CollectionQuery("", CollectionSort.NAME, false), request, visitor)
                .map(c -> new IndexedCollection(c.name(), containersOf(c.name())));
    }

    private List<IndexedContainer> containersOf(String collectionName) {
        Collection collection = collectionRepository.getByName(new CollectionName(collectionName));
        List<String> names = containers.names(collection, PageRequest.first(PageRequest.MAX_LIMIT));
        return containers.tagsOf(collection, names).stream().map(k -> {
            String ref = k.ref().toString();
            return new IndexedContainer(k.name().value(), k.tag().value(), ref, config.baseUrl()
                    + "/containers/container.xhtml?ref=" + URLEncoder.encode(ref, StandardCharsets.UTF_8));
        }).toList();
    }

    /**
     * The file {@code _registries/<id>-registry.md} that joins this registry to the index, in the front matter of
     * the original registry's {@code register} command. Admins only.
     */
    public RegistryFile registryFile(Caller caller) {
        caller.requireAdmin(ErrorKey.SETTINGS_ADMIN_ONLY);
        RegistryIdentity identity = identity();
        int robot = 1 + Math.floorMod(identity.id().hashCode(), ROBOTS);
        String text = String.join("\n", List.of("---",
                "layout: registry",
                "title: \"" + identity.name().replace("\"", "\\\"") + "\"",
                "base: " + identity.url(),
                "date: " + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                "author: " + caller.username(),
                "categories:",
                "- registry",
                "img: robots/robot" + robot + ".png",
                "thumb: robots/robot" + robot + ".png",
                "tagged: " + identity.id(),
                "institution: \"" + identity.name().replace("\"", "\\\"") + "\"",
                "---", ""));
        return new RegistryFile(identity.id() + "-registry.md", text);
    }

    /** The identity the index checks: {@code id} names the registry file, {@code url} is its {@code base}. */
    public record RegistryIdentity(String name, String id, String url) {
    }

    public record IndexedCollection(String name, List<IndexedContainer> containers) {
    }

    /** A tag of a container: {@code uri} is {@code collection/name:tag}, {@code detail} its page. */
    public record IndexedContainer(String name, String tag, String uri, String detail) {
    }

    public record RegistryFile(String fileName, String text) {
    }
}
