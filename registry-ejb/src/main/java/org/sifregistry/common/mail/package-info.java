/** E-mail to the registry's people through WildFly's mail session, sent once the change it tells of is committed. */
package org.sifregistry.common.mail;
