package org.sifregistry.common.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.jboss.marshalling.Marshaller;
import org.jboss.marshalling.MarshallerFactory;
import org.jboss.marshalling.Marshalling;
import org.jboss.marshalling.MarshallingConfiguration;
import org.jboss.marshalling.SimpleClassResolver;
import org.jboss.marshalling.Unmarshaller;
import org.jboss.marshalling.river.RiverMarshallerFactory;
import org.junit.jupiter.api.Test;
import org.sifregistry.collection.web.CollectionsBacking;
import org.sifregistry.container.application.SignatureSummary;
import org.sifregistry.container.domain.SignatureCheck;
import org.sifregistry.container.domain.SignatureTrust;
import org.sifregistry.storage.ImageDigest;

/**
 * The web module's sessions are distributable: on a cluster, WildFly marshals each session with JBoss Marshalling
 * at the end of a request and another node reads it when this one dies. What a session holds is the Faces views
 * (server-side state saving) and every bean of a passivating scope (view, session, flow, conversation), with all
 * they hold. Weld checks the beans' injected fields when it deploys them (a passivating bean refuses a dependency
 * that is not passivation capable); this test checks the rest, which Weld does not: what the beans keep in their
 * own fields. The beans are found by scanning this module's classes, so a new one cannot be forgotten.
 */
class SessionStateTest {

    private static final String OUR_PACKAGES = "org.sifregistry.";

    /** Values for the types a generic sample cannot make: they check their contents. */
    private static final Map<Class<?>, Object> SAMPLES = Map.of(
            String.class, "x",
            long.class, 1L,
            int.class, 1,
            Integer.class, 1,
            boolean.class, true,
            Instant.class, Instant.EPOCH,
            LocalDate.class, LocalDate.EPOCH,
            ImageDigest.class, new ImageDigest("0".repeat(ImageDigest.HEX_LENGTH)),
            SignatureSummary.class, new SignatureSummary("A1B2", "sha256", "1,2", SignatureCheck.VERIFIED,
                    SignatureTrust.VERIFIED, "alice", "Alice <alice@example.org>", true));

    private final MarshallerFactory river = new RiverMarshallerFactory();

    @Test
    void everythingTheSessionScopesHoldIsSerializable() {
        Map<String, Type> beans = passivatingBeans();
        assertTrue(beans.containsKey(CollectionsBacking.class.getName()), "the scan missed the view-scoped beans");
        HeldTypes held = new HeldTypes();
        beans.forEach((name, type) -> held.check(type, name));
        assertEquals(List.of(), held.problems);
    }

    /** The beans with their models (and the lambdas those capture) as they are when a view is first shown. */
    @Test
    void everyPassivatingBeanSurvivesAMarshallingRoundTrip() throws Exception {
        for (Type bean : passivatingBeans().values()) {
            if (bean instanceof Class<?> beanClass) {
                Object fresh = beanClass.getDeclaredConstructor().newInstance();
                assertEquals(beanClass, roundTrip(fresh).getClass());
            }
        }
    }

    /**
     * Every record the beans hold, with a value in every component: read back through its canonical constructor
     * (which may check and normalise), it must marshal to the same bytes as the original.
     */
    @Test
    void everyHeldRecordSurvivesAMarshallingRoundTrip() throws Exception {
        HeldTypes held = new HeldTypes();
        passivatingBeans().forEach((name, type) -> held.check(type, name));
        assertTrue(held.records.size() > 10, "the beans hold only " + held.records);
        for (Class<?> type : held.records) {
            Object original = sample(type);
            assertArrayEquals(marshal(original), marshal(roundTrip(original)), type.getName());
        }
    }

    /**
     * What lives in the session: the classes of this module whose scope is passivating, and what its producers of
     * such a scope return, by name.
     */
    private static Map<String, Type> passivatingBeans() {
        try {
            Path classes = Path.of(PagedModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes)) {
                Map<String, Type> beans = new TreeMap<>();
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                    if (passivating(type)) {
                        beans.put(name, type);
                    }
                    for (Method method : type.getDeclaredMethods()) {
                        if (method.isAnnotationPresent(Produces.class) && passivating(method)) {
                            beans.put(method.toString(), method.getGenericReturnType());
                        }
                    }
                }
                return beans;
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new AssertionError("cannot scan the module's classes", e);
        }
    }

    private static boolean passivating(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(NormalScope.class))
                .anyMatch(scope -> scope != null && scope.passivating());
    }

    /** A bean that is injected as a proxy: one of a normal scope, or a session bean. */
    private static boolean proxied(Class<?> type) {
        return type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                || type.isAnnotationPresent(Stateful.class)
                || Arrays.stream(type.getAnnotations())
                        .map(Annotation::annotationType)
                        .anyMatch(a -> a.isAnnotationPresent(NormalScope.class));
    }

    /** The types that a marshaller meets, by their declarations, and what is wrong with them. */
    private static final class HeldTypes {

        final List<String> problems = new ArrayList<>();
        final Set<Class<?>> records = new LinkedHashSet<>();
        private final Set<Type> seen = new HashSet<>();

        /**
         * Checks that a declared type is Serializable, then what it holds: the type arguments (a list's elements, a
         * model's rows) and the fields of our own classes. Collection interfaces pass on their elements: their
         * implementations are checked by the round trips and on the cluster.
         */
        void check(Type type, String path) {
            if (!seen.add(type)) {
                return;
            }
            if (type instanceof ParameterizedType parameterized) {
                check(parameterized.getRawType(), path);
                for (Type argument : parameterized.getActualTypeArguments()) {
                    check(argument, path + "<>");
                }
            } else if (type instanceof TypeVariable<?>) {
                // Bound where the generic type is used, and checked there as that use's type argument
                return;
            } else if (type instanceof WildcardType wildcard) {
                for (Type bound : wildcard.getUpperBounds()) {
                    check(bound, path);
                }
            } else if (type instanceof Class<?> c) {
                if (c.isPrimitive() || c.isEnum() || c.isInterface() && c.getPackageName().equals("java.util")) {
                    return;
                }
                if (c.isArray()) {
                    check(c.getComponentType(), path + "[]");
                } else if (!Serializable.class.isAssignableFrom(c)) {
                    problems.add(path + ": " + c.getName() + " is not Serializable");
                } else if (c.getName().startsWith(OUR_PACKAGES)) {
                    if (c.isRecord()) {
                        records.add(c);
                    }
                    checkFields(c, path);
                }
            } else {
                problems.add(path + ": cannot tell what " + type + " holds");
            }
        }

        /**
         * Checks the fields a marshaller writes: neither static nor transient. An injected field holds a client
         * proxy (which marshals as a reference to its bean), except for our own dependent beans, held themselves.
         */
        private void checkFields(Class<?> type, String path) {
            for (Class<?> c = type; c != null && c.getName().startsWith(OUR_PACKAGES); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                        continue;
                    }
                    boolean proxy = field.isAnnotationPresent(EJB.class) || field.isAnnotationPresent(Inject.class)
                            && (!field.getType().getName().startsWith(OUR_PACKAGES) || proxied(field.getType()));
                    if (!proxy) {
                        check(field.getGenericType(), path + "." + field.getName());
                    }
                }
                // A model's rows: a LazyDataModel<Row> keeps the page it loaded
                if (c.getGenericSuperclass() instanceof ParameterizedType superclass) {
                    for (Type argument : superclass.getActualTypeArguments()) {
                        check(argument, path + "<>");
                    }
                }
            }
        }
    }

    /** An instance with a value in every component: records are made through their canonical constructor. */
    private static Object sample(Type type) throws ReflectiveOperationException {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                return List.of(sample(arguments[0]));
            }
            if (raw == Set.class) {
                return Set.of(sample(arguments[0]));
            }
            if (raw == Map.class) {
                return Map.of(sample(arguments[0]), sample(arguments[1]));
            }
        } else if (type instanceof Class<?> c) {
            if (SAMPLES.containsKey(c)) {
                return SAMPLES.get(c);
            }
            if (c.isEnum()) {
                return c.getEnumConstants()[0];
            }
            if (c.isRecord()) {
                RecordComponent[] components = c.getRecordComponents();
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    values[i] = sample(components[i].getGenericType());
                }
                Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
                return c.getDeclaredConstructor(types).newInstance(values);
            }
        }
        throw new AssertionError("no sample of " + type + ": add one to SAMPLES");
    }

    private Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        Unmarshaller unmarshaller = river.createUnmarshaller(configuration());
        unmarshaller.start(Marshalling.createByteInput(new ByteArrayInputStream(marshal(value))));
        Object copy = unmarshaller.readObject();
        unmarshaller.finish();
        return copy;
    }

    private byte[] marshal(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Marshaller marshaller = river.createMarshaller(configuration());
        marshaller.start(Marshalling.createByteOutput(bytes));
        marshaller.writeObject(value);
        marshaller.finish();
        return bytes.toByteArray();
    }

    private static MarshallingConfiguration configuration() {
        MarshallingConfiguration configuration = new MarshallingConfiguration();
        configuration.setClassResolver(new SimpleClassResolver(SessionStateTest.class.getClassLoader()));
        return configuration;
    }
}
