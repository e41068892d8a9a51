# SIF Registry on the official WildFly 39 image (quay.io/wildfly/wildfly, JBOSS_HOME=/opt/jboss/wildfly, USER jboss).
#
# Not built in CI: the build machines have no Docker engine. This file is correct by construction. It applies the same
# modules (EclipseLink, MariaDB Connector/J) and the same CLI scripts as wildfly-config/pom.xml, in the same order,
# to the image's own WildFly. Only the module files and the EAR come from the Maven build, not the server the build
# prepares under wildfly-config/target.
#
#   docker build -t sif-registry .
#   docker run -d --name registry -p 8080:8080 -v registry-data:/opt/jboss/wildfly/standalone/data \
#     -e REGISTRY_BASE_URL=https://registry.example.org sif-registry
#
# Environment, read each time the server starts. Unset means the CLI scripts' default:
#   REGISTRY_DB_DRIVER      h2 (default) | mariadb
#   REGISTRY_DB_URL         default: embedded H2 file under standalone/data/registry/
#                           for MariaDB e.g. jdbc:mariadb://db:3306/registry
#   REGISTRY_DB_USER        default: sa (H2)
#   REGISTRY_DB_PASSWORD    default: sa (H2). A secret: pass it at run time (-e or --env-file), never in this file
#   REGISTRY_BASE_URL       public base URL for absolute links (pull URLs, share links); default http://localhost:8080
#   REGISTRY_STORAGE_DIR    where image files are kept; default standalone/data/registry/images
#   REGISTRY_STORAGE_MIN_FREE  free space the store must keep for the server to be ready; default 1GiB
#   REGISTRY_NAME, REGISTRY_CONTACT_EMAIL, REGISTRY_HELP_LINK   first values of the site settings
#
#   REGISTRY_AUTH           local (default) | ldap | oidc: how people sign in, applied at each start by
#                           bin/registry-server.sh; ldap reads LDAP_URL, LDAP_BIND_DN, LDAP_BIND_PASSWORD,
#                           LDAP_USER_BASE_DN, LDAP_GROUP_BASE_DN, LDAP_ADMIN_GROUP, ...; oidc reads OIDC_PROVIDER_URL,
#                           OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, ... (README.md, "Sign-in", lists them all)
#   REGISTRY_TLS_KEYSTORE, REGISTRY_TLS_KEYSTORE_PASSWORD   the institution's certificate and key (a PKCS12 file,
#                           mounted read-only, e.g. -v /etc/registry/tls.p12:/tls.p12:ro), served on 8443 (publish
#                           -p 443:8443); unset: 8443 serves WildFly's self-signed certificate (README.md, "HTTPS")
#   REGISTRY_BEHIND_PROXY   true behind a proxy that ends TLS and sends X-Forwarded-For/-Proto (publish 8080 to it
#                           only); default false
#   REGISTRY_READ_TIMEOUT_MS, REGISTRY_WRITE_TIMEOUT_MS, REGISTRY_WORKER_THREADS   stalled clients are cut after
#                           60000 ms without a byte; 256 requests at once (README.md, "Configure")
#   REGISTRY_SHUTDOWN_TIMEOUT_S  `docker stop` sends SIGTERM: uploads under way get this long (default 30 s) to
#                           finish while new requests get 503; stop with more time than that (docker stop -t 45), or
#                           Docker kills the server after its default 10 s
#
# Admin account with REGISTRY_AUTH=local: the image has no user. Add one in the running container. This writes
# application-users.properties and application-roles.properties, the files behind WildFly's local ApplicationRealm:
#   docker exec <container> /opt/jboss/wildfly/bin/add-user.sh -a -u admin -p '<password>' -g admin,user
# Those files are under standalone/configuration, not in the data volume. A container re-created from the image has no
# account, so run the command again. With ldap or oidc, the directory's admin group or the provider's admin role
# makes admins instead.
# The management interface stays bound to 127.0.0.1 inside the container and is not exposed. Its health checks
# (README.md, "Operations") answer there, at http://127.0.0.1:9990/health/ready; for probes from outside, start the
# server with -bmanagement on an address of a private network only and publish port 9990 there.
#
# A cluster's node (README.md, "Clustering"): the same image with
#   REGISTRY_SERVER_CONFIG=standalone-full-ha.xml   the node configuration
#   REGISTRY_NODE_NAME       unique per node, at most 23 characters (load-balancer cookie, transaction node id)
#   REGISTRY_CLUSTER_MEMBERS every node's JGroups address, e.g. 10.0.0.11[7600],10.0.0.12[7600]
#   REGISTRY_CLUSTER_PASSWORD  the same secret on every node (the Artemis brokers' cluster password)
#   REGISTRY_SIGNING_KEY     the same secret on every node (signed URLs made by one node work on the others)
#   REGISTRY_MESSAGING_DIR   a shared mount, at the same path in every node, for the message journals
#   REGISTRY_MESSAGING_BACKUP_OF  the node whose journal this node takes over if it dies (a ring: every node someone's)
# one MariaDB for all (REGISTRY_DB_*), one shared image store mounted at REGISTRY_STORAGE_DIR, identical realm files
# with REGISTRY_AUTH=local, and the command `registry-server.sh -b 0.0.0.0 -bprivate <the node's own address>`:
# JGroups listens on the private interface, port 7600.

# ---- build: the EAR and the module files ----
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY . .
# maven.test.skip: the tests are not even compiled (registry-it holds only integration tests)
RUN mvn -B -q package -Dmaven.test.skip=true

# ---- runtime ----
FROM quay.io/wildfly/wildfly:39.0.1.Final-jdk17

ARG CONFIGURED=/build/wildfly-config/target/wildfly-39.0.1.Final
# Files get owner jboss:0, which is how the base image owns JBOSS_HOME.
# The EclipseLink module.xml overwrites the image's jipijapa-only one. The jipijapa-eclipselink-39.0.1.Final.jar it
# names is already in the image, and the build filtered module.xml for that same WildFly version.
COPY --from=build --chown=jboss:0 \
     ${CONFIGURED}/modules/system/layers/base/org/eclipse/persistence/main/eclipselink.jar \
     ${CONFIGURED}/modules/system/layers/base/org/eclipse/persistence/main/module.xml \
     /opt/jboss/wildfly/modules/system/layers/base/org/eclipse/persistence/main/
COPY --from=build --chown=jboss:0 \
     ${CONFIGURED}/modules/org/mariadb/jdbc/main/ \
     /opt/jboss/wildfly/modules/org/mariadb/jdbc/main/
# The same layout as the build's server: the CLI scripts beside bin/, where bin/registry-server.sh finds auth-*.cli.
COPY --chown=jboss:0 wildfly-config/src/main/cli/ /opt/jboss/wildfly/registry-cli/
COPY --chown=jboss:0 --chmod=755 wildfly-config/src/main/scripts/registry-server.sh /opt/jboss/wildfly/bin/

# Each script starts and stops an embedded server itself, so it runs offline here the same way it does in the build.
# The scripts run as jboss, the image's user, so the server still owns the files they write.
# The embedded runs leave configuration history, data, tmp and log behind. That is build-time state and must not ship
# in the image. An empty data/ is made again because the volume is mounted there: a new named volume copies its owner
# (jboss) from it. Without it, Docker makes the directory owned by root.
# Both configurations get the same settings: standalone-full.xml for one server, standalone-full-ha.xml for a cluster's
# nodes, which also get cluster.cli (JGroups over TCP with a static member list, clustered Artemis, the sticky cookie).
RUN set -e; \
    for config in standalone-full.xml standalone-full-ha.xml; do \
      for script in datasource messaging batch security registry mail openapi metrics health auth-local tls-off; do \
        JAVA_OPTS="-Dregistry.server.config=$config" \
          /opt/jboss/wildfly/bin/jboss-cli.sh --file=/opt/jboss/wildfly/registry-cli/$script.cli; \
      done; \
    done; \
    /opt/jboss/wildfly/bin/jboss-cli.sh --file=/opt/jboss/wildfly/registry-cli/cluster.cli; \
    cd /opt/jboss/wildfly/standalone; \
    rm -rf configuration/standalone_xml_history data tmp log; \
    mkdir data

COPY --from=build --chown=jboss:0 /build/registry-ear/target/registry.ear /opt/jboss/wildfly/standalone/deployments/

# By default this holds the H2 database (data/registry/) and the stored images (data/registry/images/). It also holds
# WildFly's deployment content and the JMS journal. A bind mount must be writable by uid 1000 (jboss).
VOLUME /opt/jboss/wildfly/standalone/data

EXPOSE 8080 8443 7600
# registry-server.sh applies REGISTRY_AUTH's sign-in and REGISTRY_TLS_KEYSTORE's https, then runs standalone.sh with
# REGISTRY_SERVER_CONFIG's configuration (standalone-full.xml unless set) and these.
CMD ["/opt/jboss/wildfly/bin/registry-server.sh", "-b", "0.0.0.0"]
