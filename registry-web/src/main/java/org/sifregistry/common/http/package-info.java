/**
 * Undertow handlers around the whole servlet chain, outside the container's sign-in, and the servlet extension that
 * installs them. A handler that serves one feature lives in that feature's {@code .http} package; the security
 * headers of every answer, and the extension that orders all handlers, are shared and live here.
 */
package org.sifregistry.common.http;
