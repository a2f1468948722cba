package dev.relive.compile;

import com.sun.source.util.JavacTask;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;

/**
 * Makes a reused javac context forget a sketch's classes after each compile. JShell can reuse a context as it
 * is because every snippet gets a new class name; a sketch keeps its names while their bytes change, so a kept
 * symbol would be stale, and a package listed once would never show a class that appeared since (the next
 * compile would not find {@code Base}). After each task this removes every sketch class from the symbol table
 * and marks its package to be listed again, as javac does for classes compiled from source. The JDK's classes,
 * the costly part to read, stay. Reaches javac's internals reflectively, so it needs the packages
 * {@code com.sun.tools.javac.api}, {@code .code} and {@code .util} exported; without them there is no pool.
 */
final class SymbolSweeper {

    private final Method getContext;
    private final Method symtabInstance;
    private final Method namesInstance;
    private final Method finderInstance;
    private final Method getCompleter;
    private final Method fromString;
    private final Method removeClass;
    private final Method getPackage;
    private final Field unnamedModule;
    private final Field unnamedPackage;
    private final Field membersField;
    private final Field completer;

    SymbolSweeper() throws ReflectiveOperationException {
        Class<?> context = Class.forName("com.sun.tools.javac.util.Context");
        Class<?> symtab = Class.forName("com.sun.tools.javac.code.Symtab");
        Class<?> names = Class.forName("com.sun.tools.javac.util.Names");
        Class<?> name = Class.forName("com.sun.tools.javac.util.Name");
        Class<?> finder = Class.forName("com.sun.tools.javac.code.ClassFinder");
        Class<?> module = Class.forName("com.sun.tools.javac.code.Symbol$ModuleSymbol");
        Class<?> symbol = Class.forName("com.sun.tools.javac.code.Symbol");
        getContext = Class.forName("com.sun.tools.javac.api.BasicJavacTask").getMethod("getContext");
        symtabInstance = symtab.getMethod("instance", context);
        namesInstance = names.getMethod("instance", context);
        finderInstance = finder.getMethod("instance", context);
        getCompleter = finder.getMethod("getCompleter");
        fromString = names.getMethod("fromString", String.class);
        removeClass = symtab.getMethod("removeClass", module, name);
        getPackage = symtab.getMethod("getPackage", module, name);
        unnamedModule = symtab.getField("unnamedModule");
        unnamedPackage = module.getField("unnamedPackage");
        membersField = Class.forName("com.sun.tools.javac.code.Symbol$PackageSymbol").getField("members_field");
        completer = symbol.getField("completer");
        for (String pkg : new String[]{"com.sun.tools.javac.api", "com.sun.tools.javac.code", "com.sun.tools.javac.util"}) {
            if (!context.getModule().isExported(pkg, SymbolSweeper.class.getModule())) {
                throw new IllegalAccessException("package " + pkg + " is not exported to Relive");
            }
        }
    }

    /** The context of {@code task}, taken before the task runs (a finished task lets go of it). */
    Object context(JavacTask task) throws ReflectiveOperationException {
        return getContext.invoke(task);
    }

    /** Removes {@code classes} (binary names) from {@code context}'s symbol table and re-lists their packages. */
    void sweep(Object context, Set<String> classes) throws ReflectiveOperationException {
        Object syms = symtabInstance.invoke(null, context);
        Object names = namesInstance.invoke(null, context);
        Object module = unnamedModule.get(syms);
        Object relist = getCompleter.invoke(finderInstance.invoke(null, context));
        Set<String> packages = new HashSet<>();
        packages.add("");
        for (String c : classes) {
            removeClass.invoke(syms, module, fromString.invoke(names, c));
            int dot = c.lastIndexOf('.');
            packages.add(dot < 0 ? "" : c.substring(0, dot));
        }
        for (String p : packages) {
            Object pkg = p.isEmpty() ? unnamedPackage.get(module) : getPackage.invoke(syms, module, fromString.invoke(names, p));
            if (pkg != null) {
                membersField.set(pkg, null);
                completer.set(pkg, relist);
            }
        }
    }
}
