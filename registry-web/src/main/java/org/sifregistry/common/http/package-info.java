/**
 * Undertow handlers around the whole servlet chain, outside the container's sign-in, and the servlet extension that
 * installs them. A handler that serves one feature lives in that feature's {@code .http} package; the security
 * headers of every answer, the extension that orders all handlers, and the one status name the API and the pages
 * share that the standard APIs lack, live here.
 */
package org.sifregistry.common.http;
