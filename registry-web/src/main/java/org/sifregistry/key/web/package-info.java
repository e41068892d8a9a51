/** The account's signing keys page: add and revoke one's keys; admins see and revoke everyone's. */
package org.sifregistry.key.web;
