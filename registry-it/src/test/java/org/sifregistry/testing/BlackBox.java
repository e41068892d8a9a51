package org.sifregistry.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class of the registry as deployed: it talks to the server from outside (HTTP, the stock clients, a browser)
 * and does not deploy the EAR itself. Its server deploys the real EAR once, at boot, from its {@code deployments}
 * directory, and every such class of a run shares it, so that the run does not spend five seconds a class deploying
 * the same EAR again; what each class needs it makes with names of its own. A class may still deploy a WAR of
 * services beside it to seed what it reads. The failsafe executions run these apart from the classes that deploy
 * their own archives (README, Test).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(BlackBox.TAG)
public @interface BlackBox {

    /** The JUnit tag, by which the failsafe executions choose their classes. */
    String TAG = "black-box";
}
