package dev.relive.guard;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites one sketch class so that it can always be stopped and cannot take over the process.
 * <ul>
 *   <li>A call to {@code dev.relive.api.Guard.check()} at every method entry, before every backward jump (so
 *   {@code while (true) {}} can be stopped) except the back edges of short counted loops ({@link CountedLoops}), and
 *   at the start of every handler that can catch the stop ({@code Throwable}, {@code Error} or the stop itself), so
 *   catching it does not escape it: the check fires again at once. Other handlers (such as a clean-up on
 *   {@code InterruptedException}) and {@code finally} blocks still run.</li>
 *   <li>{@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} go to the guard instead, and every other
 *   call (or read of a static field, such as {@code FileDescriptor.out}) that {@link ProcessWide} refuses is preceded
 *   by a call to {@code Guard.refuse}, which throws at that line.
 *   So is the creation of a method reference or method handle constant ({@code System::exit}) to such a member,
 *   to a gateway below, or to a member whose arguments are checked ({@code FileOutputStream::new}): a handle
 *   skips the checks woven before direct calls ({@link ProcessWide#reflectiveRefusal}).</li>
 *   <li>{@code Method.invoke} and the method handle lookups first ask the guard, so reflection and method handles
 *   cannot reach a refused member either.</li>
 *   <li>Calls whose danger depends on a value are preceded by a check of that value ({@link Reach}): the member
 *   {@code setAccessible} opens, the class {@code privateLookupIn} opens, the class a reflective constructor makes,
 *   the field read or written by reflection, the file a stream or channel opens, the thread interrupted or
 *   changed. The call's arguments wait in fresh locals while the check looks at them, and the call then runs as
 *   written, in the sketch's class.</li>
 * </ul>
 * The inserted calls add no branch targets, so stack map frames stay valid; the few operand-stack slots and locals
 * they need are added to the method's limits.
 */
public final class GuardWeaver {

    private static final String GUARD = "dev/relive/api/Guard";
    private static final String LOOKUP = "java/lang/invoke/MethodHandles$Lookup";
    private static final Set<String> CATCHES_STOP = Set.of("java/lang/Throwable", "java/lang/Error", GUARD + "$Stopped");
    private static final Set<String> LOOKUPS = Set.of("findStatic", "findVirtual", "findSpecial", "bind", "unreflect",
            "unreflectSpecial", "findConstructor", "unreflectConstructor");
    private static final Set<String> REFLECTED_MEMBERS = Set.of("java/lang/reflect/AccessibleObject",
            "java/lang/reflect/Field", "java/lang/reflect/Method", "java/lang/reflect/Constructor",
            "java/lang/reflect/Executable");
    private static final Type OBJECT = Type.getType(Object.class);
    /** What sketch code may do to its own threads but not to the engine's. */
    private static final Set<String> THREAD_CONTROLS = Set.of("interrupt", "stop", "suspend", "resume", "setPriority",
            "setName", "setDaemon", "setUncaughtExceptionHandler");
    /** Field lookups of a method handle lookup, whose first argument is the class holding the field. */
    private static final Set<String> FIELD_LOOKUPS = Set.of("findGetter", "findStaticGetter", "findSetter",
            "findStaticSetter", "findVarHandle", "findStaticVarHandle");
    private static final Set<String> FIELD_UNREFLECTS = Set.of("unreflectGetter", "unreflectSetter", "unreflectVarHandle");

    private GuardWeaver() {
    }

    /**
     * Whether the weaver reads class files that javac writes for Java {@code feature} (17 and up). The answer
     * comes from ASM itself, by asking its reader to open an empty class of that version, so an ASM upgrade
     * moves it without any table to keep current.
     */
    public static boolean reads(int feature) {
        ClassWriter probe = new ClassWriter(0);
        probe.visit(majorVersion(feature), Opcodes.ACC_PUBLIC, "ReleaseProbe", null, "java/lang/Object", null);
        probe.visitEnd();
        try {
            new ClassReader(probe.toByteArray());
            return true;
        } catch (IllegalArgumentException tooNew) {
            return false; // ASM's only way to say "unsupported class file major version"
        }
    }

    /**
     * The guarded bytes of a class.
     *
     * @throws UnsupportedClassVersionError if the class file is newer than the weaver reads
     */
    public static byte[] weave(byte[] classBytes) {
        ClassReader reader = reader(classBytes);
        ClassNode node = new ClassNode();
        reader.accept(node, 0);
        for (MethodNode method : node.methods) {
            if (method.instructions.size() > 0) {
                weave(method);
            }
        }
        ClassWriter writer = new ClassWriter(reader, 0);
        node.accept(writer);
        return writer.toByteArray();
    }

    private static ClassReader reader(byte[] classBytes) {
        try {
            return new ClassReader(classBytes);
        } catch (IllegalArgumentException e) {
            int major = classBytes.length >= 8 ? ((classBytes[6] & 0xff) << 8) | (classBytes[7] & 0xff) : 0;
            if (major > 44 && !reads(major - 44)) {
                throw new UnsupportedClassVersionError("the guard weaver cannot read class files of Java "
                        + (major - 44) + " (version " + major + ")");
            }
            throw e;
        }
    }

    private static int majorVersion(int feature) {
        return 44 + feature; // Java 1.1 was 45, each feature release since adds one
    }

    private static void weave(MethodNode method) {
        InsnList insns = method.instructions;
        List<AbstractInsnNode> checkBefore = new ArrayList<>();
        List<MethodInsnNode> invokes = new ArrayList<>();
        int extraStack = 0;
        int extraLocals = 0;
        for (AbstractInsnNode insn = insns.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof JumpInsnNode jump && isBackward(insns, insn, jump.label)
                    && !CountedLoops.isCountedLoop(insns, jump)) {
                checkBefore.add(insn);
            } else if (insn instanceof TableSwitchInsnNode t && anyBackward(insns, insn, t.dflt, t.labels)) {
                checkBefore.add(insn);
            } else if (insn instanceof LookupSwitchInsnNode l && anyBackward(insns, insn, l.dflt, l.labels)) {
                checkBefore.add(insn);
            } else if (insn instanceof MethodInsnNode call) {
                if (!redirectExit(call) && !redirectLookup(call)) {
                    if (isMethodInvoke(call)) {
                        invokes.add(call);
                    } else {
                        extraStack = Math.max(extraStack, refuseBefore(insns, call, call.owner, call.name));
                        InsnList checks = valueChecks(call, method.maxLocals);
                        if (checks != null) {
                            insns.insertBefore(call, checks);
                            extraLocals = Math.max(extraLocals, Type.getArgumentsAndReturnSizes(call.desc) >> 2);
                            extraStack = Math.max(extraStack, 1);
                        }
                    }
                }
            } else if (insn instanceof InvokeDynamicInsnNode indy) {
                for (Object arg : indy.bsmArgs) {
                    if (arg instanceof Handle h) {
                        extraStack = Math.max(extraStack, refuseHandleBefore(insns, insn, h));
                    }
                }
            } else if (insn instanceof FieldInsnNode field && field.getOpcode() == Opcodes.GETSTATIC) {
                extraStack = Math.max(extraStack, refuseBefore(insns, insn, field.owner, field.name));
            } else if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof Handle h) {
                extraStack = Math.max(extraStack, refuseHandleBefore(insns, insn, h));
            }
        }
        for (AbstractInsnNode insn : checkBefore) {
            insns.insertBefore(insn, check());
        }
        Set<LabelNode> handlers = new java.util.HashSet<>();
        for (TryCatchBlockNode handler : method.tryCatchBlocks) {
            if (handler.type != null && CATCHES_STOP.contains(handler.type) && handlers.add(handler.handler)) {
                insns.insertBefore(firstReal(handler.handler), check());
            }
        }
        method.maxLocals += extraLocals;
        if (!invokes.isEmpty()) {
            int args = method.maxLocals;
            method.maxLocals += 2;
            extraStack = Math.max(extraStack, 1);
            for (MethodInsnNode invoke : invokes) {
                insns.insertBefore(invoke, checkInvoke(args));
            }
        }
        method.maxStack += extraStack;
        insns.insert(check());
    }

    /** Sends an exit call to its stand-in on the guard, which throws; returns whether {@code call} was one. */
    private static boolean redirectExit(MethodInsnNode call) {
        if (call.getOpcode() == Opcodes.INVOKESTATIC && call.owner.equals("java/lang/System")
                && call.name.equals("exit") && call.desc.equals("(I)V")) {
            call.owner = GUARD;
            return true;
        }
        if (call.getOpcode() == Opcodes.INVOKEVIRTUAL && call.owner.equals("java/lang/Runtime")
                && (call.name.equals("exit") || call.name.equals("halt")) && call.desc.equals("(I)V")) {
            call.setOpcode(Opcodes.INVOKESTATIC);
            call.owner = GUARD;
            call.desc = "(Ljava/lang/Runtime;I)V";
            return true;
        }
        return false;
    }

    /** Sends a method handle lookup to the guard's checking twin, the lookup becoming its first argument. */
    private static boolean redirectLookup(MethodInsnNode call) {
        if (call.getOpcode() != Opcodes.INVOKEVIRTUAL || !call.owner.equals(LOOKUP) || !LOOKUPS.contains(call.name)) {
            return false;
        }
        call.setOpcode(Opcodes.INVOKESTATIC);
        call.owner = GUARD;
        call.desc = "(L" + LOOKUP + ";" + call.desc.substring(1);
        return true;
    }

    /**
     * The run-time checks of a call's arguments that the call needs, or null: the member opened by
     * {@code setAccessible}, the class opened by {@code privateLookupIn}, the class made by reflection, the field
     * reached, the thread changed, the file opened (see {@link Reach}). The call's arguments are kept in locals from {@code firstFreeLocal} while the
     * checks look at them, and put back, so the call itself still runs in the sketch's class as written.
     */
    private static InsnList valueChecks(MethodInsnNode call, int firstFreeLocal) {
        String owner = call.owner;
        String name = call.name;
        boolean isStatic = call.getOpcode() == Opcodes.INVOKESTATIC;
        if (REFLECTED_MEMBERS.contains(owner) && name.equals("setAccessible")) {
            return isStatic ? checkReceiverOrArgument(call, firstFreeLocal, 0, "([Ljava/lang/reflect/AccessibleObject;)V")
                    : checkReceiverOrArgument(call, firstFreeLocal, -1, "(Ljava/lang/reflect/AccessibleObject;)V");
        }
        if (REFLECTED_MEMBERS.contains(owner) && name.equals("trySetAccessible") && !isStatic) {
            return checkReceiverOrArgument(call, firstFreeLocal, -1, "(Ljava/lang/reflect/AccessibleObject;)V");
        }
        if (owner.equals("java/lang/invoke/MethodHandles") && name.equals("privateLookupIn") && isStatic) {
            return checkReceiverOrArgument(call, firstFreeLocal, 0, "checkPrivateLookup", "(Ljava/lang/Class;)V");
        }
        if (owner.equals("java/lang/reflect/Constructor") && name.equals("newInstance") && !isStatic) {
            return checkReceiverOrArgument(call, firstFreeLocal, -1, "checkConstruct", "(Ljava/lang/reflect/Constructor;)V");
        }
        if (owner.equals("java/lang/reflect/Field") && !isStatic && (name.startsWith("get") || name.startsWith("set"))
                && Type.getArgumentTypes(call.desc).length > 0) {
            return checkReceiverOrArgument(call, firstFreeLocal, -1, "checkField", "(Ljava/lang/reflect/Field;)V");
        }
        if (owner.equals(LOOKUP) && FIELD_LOOKUPS.contains(name)) {
            return checkReceiverOrArgument(call, firstFreeLocal, 0, "checkReach", "(Ljava/lang/Class;)V");
        }
        if (owner.equals(LOOKUP) && FIELD_UNREFLECTS.contains(name)) {
            return checkReceiverOrArgument(call, firstFreeLocal, 0, "checkField", "(Ljava/lang/reflect/Field;)V");
        }
        if (owner.equals("java/lang/Thread") && !isStatic && THREAD_CONTROLS.contains(name)) {
            return checkReceiverOrArgument(call, firstFreeLocal, -1, "checkThread", "(Ljava/lang/Thread;)V");
        }
        if (owner.equals("java/lang/Class") && name.equals("newInstance") && !isStatic) {
            return checkReceiverOrArgument(call, firstFreeLocal, -1, "checkConstruct", "(Ljava/lang/Class;)V");
        }
        boolean fileConstructor = ProcessWide.FILE_CONSTRUCTORS.contains(owner) && name.equals("<init>");
        if (fileConstructor || ProcessWide.FILE_CALLS.contains(owner) || ProcessWide.isFileMove(owner, name)) {
            return checkFiles(call, firstFreeLocal, fileConstructor);
        }
        return null;
    }

    private static InsnList checkReceiverOrArgument(MethodInsnNode call, int firstFreeLocal, int argument, String checkDesc) {
        return checkReceiverOrArgument(call, firstFreeLocal, argument, "checkOpen", checkDesc);
    }

    /**
     * Has {@code Guard.<check>} look at the receiver ({@code argument} -1) or argument {@code argument} of
     * {@code call}: the values above it go to locals, it is duplicated and checked, and they come back.
     */
    private static InsnList checkReceiverOrArgument(MethodInsnNode call, int firstFreeLocal, int argument, String check,
                                                    String checkDesc) {
        Type[] args = Type.getArgumentTypes(call.desc);
        InsnList list = new InsnList();
        int[] slots = slots(args, firstFreeLocal);
        for (int i = args.length - 1; i > argument; i--) {
            list.add(new VarInsnNode(args[i].getOpcode(Opcodes.ISTORE), slots[i]));
        }
        list.add(new InsnNode(Opcodes.DUP));
        list.add(new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, check, checkDesc, false));
        for (int i = argument + 1; i < args.length; i++) {
            list.add(new VarInsnNode(args[i].getOpcode(Opcodes.ILOAD), slots[i]));
        }
        return list;
    }

    /** Has {@code Guard.checkFile} look at every File and Path argument of {@code call}, and String ones if {@code names}. */
    private static InsnList checkFiles(MethodInsnNode call, int firstFreeLocal, boolean names) {
        Type[] args = Type.getArgumentTypes(call.desc);
        List<Integer> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String d = args[i].getDescriptor();
            if (d.equals("Ljava/io/File;") || d.equals("Ljava/nio/file/Path;") || (names && d.equals("Ljava/lang/String;"))) {
                files.add(i);
            }
        }
        if (files.isEmpty()) {
            return null;
        }
        int[] slots = slots(args, firstFreeLocal);
        InsnList list = new InsnList();
        for (int i = args.length - 1; i >= 0; i--) {
            list.add(new VarInsnNode(args[i].getOpcode(Opcodes.ISTORE), slots[i]));
        }
        for (int i : files) {
            list.add(new VarInsnNode(Opcodes.ALOAD, slots[i]));
            list.add(new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, "checkFile", "(" + OBJECT.getDescriptor() + ")V", false));
        }
        for (int i = 0; i < args.length; i++) {
            list.add(new VarInsnNode(args[i].getOpcode(Opcodes.ILOAD), slots[i]));
        }
        return list;
    }

    private static int[] slots(Type[] args, int first) {
        int[] slots = new int[args.length];
        int next = first;
        for (int i = 0; i < args.length; i++) {
            slots[i] = next;
            next += args[i].getSize();
        }
        return slots;
    }

    private static boolean isMethodInvoke(MethodInsnNode call) {
        return call.owner.equals("java/lang/reflect/Method") && call.name.equals("invoke")
                && call.desc.equals("(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;");
    }

    /** Puts {@code Guard.refuse(why)} before {@code insn} if sketch code may not use {@code owner.name}; returns the stack it needs. */
    private static int refuseBefore(InsnList insns, AbstractInsnNode insn, String owner, String name) {
        return refuseBefore(insns, insn, ProcessWide.refusal(owner, name));
    }

    /**
     * Like {@link #refuseBefore(InsnList, AbstractInsnNode, String, String)} for a method reference or method handle
     * constant: a handle skips the checks woven before direct calls, so it may not reach a gateway or a member whose
     * arguments the guard checks ({@link ProcessWide#reflectiveRefusal}).
     */
    private static int refuseHandleBefore(InsnList insns, AbstractInsnNode insn, Handle handle) {
        return refuseBefore(insns, insn, ProcessWide.reflectiveRefusal(handle.getOwner(), handle.getName()));
    }

    private static int refuseBefore(InsnList insns, AbstractInsnNode insn, Optional<String> why) {
        if (why.isEmpty()) {
            return 0;
        }
        InsnList refuse = new InsnList();
        refuse.add(new LdcInsnNode(why.get()));
        refuse.add(new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, "refuse", "(Ljava/lang/String;)V", false));
        insns.insertBefore(insn, refuse);
        return 1;
    }

    /**
     * With {@code [method, target, args]} on the stack, has the guard check {@code method} and leaves the stack as
     * it was, so {@code Method.invoke} itself still runs in the sketch's class (it checks access against its caller).
     */
    private static InsnList checkInvoke(int firstFreeLocal) {
        InsnList list = new InsnList();
        list.add(new VarInsnNode(Opcodes.ASTORE, firstFreeLocal + 1));
        list.add(new VarInsnNode(Opcodes.ASTORE, firstFreeLocal));
        list.add(new InsnNode(Opcodes.DUP));
        list.add(new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, "checkInvoke", "(Ljava/lang/reflect/Method;)V", false));
        list.add(new VarInsnNode(Opcodes.ALOAD, firstFreeLocal));
        list.add(new VarInsnNode(Opcodes.ALOAD, firstFreeLocal + 1));
        return list;
    }

    private static AbstractInsnNode firstReal(LabelNode label) {
        AbstractInsnNode insn = label;
        while (insn.getOpcode() < 0) {
            insn = insn.getNext();
        }
        return insn;
    }

    private static boolean isBackward(InsnList insns, AbstractInsnNode from, LabelNode to) {
        return insns.indexOf(to) < insns.indexOf(from);
    }

    private static boolean anyBackward(InsnList insns, AbstractInsnNode from, LabelNode dflt, List<LabelNode> labels) {
        return isBackward(insns, from, dflt) || labels.stream().anyMatch(l -> isBackward(insns, from, l));
    }

    private static MethodInsnNode check() {
        return new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, "check", "()V", false);
    }
}
