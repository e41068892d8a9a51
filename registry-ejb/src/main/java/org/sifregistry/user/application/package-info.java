/**
 * Teams: making them and adding members.
 */
package org.sifregistry.user.application;
