/**
 * The API's side of quotas: what an account holds against its quota, and admins setting quotas.
 */
package org.sifregistry.quota.rest;
