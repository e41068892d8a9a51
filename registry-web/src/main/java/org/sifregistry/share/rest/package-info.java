/**
 * Downloads through share links, over HTTP without a login.
 */
package org.sifregistry.share.rest;
