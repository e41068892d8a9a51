/**
 * What every feature shares: the exception hierarchy the REST and Faces layers translate into answers,
 * the signed-in caller, and paging.
 */
package org.sifregistry.common;
