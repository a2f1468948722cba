/**
 * The Relive engine, its headless runner and the sketch API. Sketch code, which runs in unnamed modules, can use
 * the exported packages only; the engine's moving parts (the stop requests, class loading, output routing, the
 * guards, the watcher, the command reader) are neither exported nor opened, so a sketch that finds one of their
 * classes cannot call, read or change anything in it.
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

    exports dev.relive.analysis;
    exports dev.relive.api;
    exports dev.relive.compile;
    exports dev.relive.deps;
    exports dev.relive.draw;
    exports dev.relive.engine;
    exports dev.relive.event;
    exports dev.relive.export;
    exports dev.relive.failure;
    exports dev.relive.files;
    exports dev.relive.history;
    exports dev.relive.inspect;
    exports dev.relive.loop;
    exports dev.relive.migrate;
    exports dev.relive.output;
}
