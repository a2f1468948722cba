/**
 * The Relive engine, its headless runner and the sketch API. Sketch code, which runs in unnamed modules, can use
 * {@code dev.relive.api} only: every other package is neither exported to it nor opened, so a sketch that finds an
 * engine class (through a class loader, the stack or a thread) cannot call, read or change anything in it.
 */
module dev.relive.runtime {
    requires java.compiler;
    requires java.desktop;
    requires java.management;
    requires static java.instrument; // only the runner jar's launcher, which runs on the class path, uses it
    requires jdk.compiler;
    requires jdk.unsupported;
    requires org.objectweb.asm;
    requires org.objectweb.asm.tree;
    requires directory.watcher;
    requires org.apache.maven.resolver;
    requires org.apache.maven.resolver.util;
    requires org.apache.maven.resolver.supplier;
    // Maven Resolver's wiring (dev.relive.deps) is made of automatic modules, which declare no requirements, so the
    // explicit modules they use at run time are required here to be in every launch's module graph.
    requires org.apache.maven.resolver.spi;
    requires org.apache.commons.codec;
    requires org.apache.commons.logging;
    requires org.codehaus.plexus.interpolation;

    // Only the sketch API is exported to everyone: sketch code runs in unnamed modules. The packages a host (the
    // IDE, on the class path) drives the engine through are exported to the class path alone, at run time, by
    // dev.relive.host.HostLaunch; the runner's own command line (dev.relive.cli) is inside this module.
    exports dev.relive.api;
}
