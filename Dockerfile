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
#   REGISTRY_NAME, REGISTRY_CONTACT_EMAIL, REGISTRY_HELP_LINK   first values of the site settings
#
#   REGISTRY_AUTH           local (default) | ldap | oidc: how people sign in, applied at each start by
#                           bin/registry-server.sh; ldap reads LDAP_URL, LDAP_BIND_DN, LDAP_BIND_PASSWORD,
#                           LDAP_USER_BASE_DN, LDAP_GROUP_BASE_DN, LDAP_ADMIN_GROUP, ...; oidc reads OIDC_PROVIDER_URL,
#                           OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, ... (README.md, "Sign-in", lists them all)
#
# Admin account with REGISTRY_AUTH=local: the image has no user. Add one in the running container. This writes
# application-users.properties and application-roles.properties, the files behind WildFly's local ApplicationRealm:
#   docker exec <container> /opt/jboss/wildfly/bin/add-user.sh -a -u admin -p '<password>' -g admin,user
# Those files are under standalone/configuration, not in the data volume. A container re-created from the image has no
# account, so run the command again. With ldap or oidc, the directory's admin group or the provider's admin role
# makes admins instead.
# The management interface stays bound to 127.0.0.1 inside the container and is not exposed.

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
RUN set -e; \
    for script in datasource messaging batch security registry auth-local; do \
      /opt/jboss/wildfly/bin/jboss-cli.sh --file=/opt/jboss/wildfly/registry-cli/$script.cli; \
    done; \
    cd /opt/jboss/wildfly/standalone; \
    rm -rf configuration/standalone_xml_history data tmp log; \
    mkdir data

COPY --from=build --chown=jboss:0 /build/registry-ear/target/registry.ear /opt/jboss/wildfly/standalone/deployments/

# By default this holds the H2 database (data/registry/) and the stored images (data/registry/images/). It also holds
# WildFly's deployment content and the JMS journal. A bind mount must be writable by uid 1000 (jboss).
VOLUME /opt/jboss/wildfly/standalone/data

EXPOSE 8080
# registry-server.sh applies REGISTRY_AUTH's sign-in, then runs standalone.sh -c standalone-full.xml with these.
CMD ["/opt/jboss/wildfly/bin/registry-server.sh", "-b", "0.0.0.0"]
