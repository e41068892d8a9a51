/**
 * Where the object store is and how to reach it (REGISTRY_S3_*): shared by the image store of registry-ejb and by the
 * readiness check, which sees only the EAR's libraries, so it lives in one of them.
 */
package org.sifregistry.storage.s3;
