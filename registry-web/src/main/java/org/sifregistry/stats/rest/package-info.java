/** The browse API's statistics: pulls per day. */
package org.sifregistry.stats.rest;
