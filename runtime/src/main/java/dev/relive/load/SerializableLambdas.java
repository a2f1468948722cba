package dev.relive.load;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Weaves every sketch class so its lambdas and method references can be re-created against new code: each
 * {@code LambdaMetafactory.metafactory} call site becomes an {@code altMetafactory} one with
 * {@code FLAG_SERIALIZABLE}, which gives the lambda a {@code writeReplace} that names its implementing method and
 * captured values ({@link java.lang.invoke.SerializedLambda}), and the class gets a private static
 * {@value #LOOKUP} method returning its own full-privilege {@link java.lang.invoke.MethodHandles.Lookup}, which
 * {@link java.lang.invoke.LambdaMetafactory} needs to define a lambda in that class. Nothing is ever deserialized.
 */
public final class SerializableLambdas extends ClassVisitor {

    /** The woven method that returns a sketch class's own lookup. */
    public static final String LOOKUP = "$relive$lookup";

    private static final String METAFACTORY = "java/lang/invoke/LambdaMetafactory";
    private static final Handle ALT_METAFACTORY = new Handle(Opcodes.H_INVOKESTATIC, METAFACTORY, "altMetafactory",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)"
                    + "Ljava/lang/invoke/CallSite;", false);

    private SerializableLambdas(ClassVisitor next) {
        super(Opcodes.ASM9, next);
    }

    /** {@code classBytes} with serializable lambdas and the lookup method. */
    public static byte[] weave(byte[] classBytes) {
        ClassReader reader = new ClassReader(classBytes);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new SerializableLambdas(writer), 0);
        return writer.toByteArray();
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
                if (bsm.getOwner().equals(METAFACTORY) && bsm.getName().equals("metafactory") && args.length == 3) {
                    super.visitInvokeDynamicInsn(name, descriptor, ALT_METAFACTORY, args[0], args[1], args[2],
                            java.lang.invoke.LambdaMetafactory.FLAG_SERIALIZABLE);
                } else if (bsm.getOwner().equals(METAFACTORY) && bsm.getName().equals("altMetafactory")
                        && args.length > 3 && args[3] instanceof Integer flags) {
                    Object[] serializable = args.clone();
                    serializable[3] = flags | java.lang.invoke.LambdaMetafactory.FLAG_SERIALIZABLE;
                    super.visitInvokeDynamicInsn(name, descriptor, bsm, serializable);
                } else {
                    super.visitInvokeDynamicInsn(name, descriptor, bsm, args);
                }
            }
        };
    }

    @Override
    public void visitEnd() {
        String lookup = Type.getDescriptor(java.lang.invoke.MethodHandles.Lookup.class);
        MethodVisitor m = super.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, LOOKUP,
                "()" + lookup, null, null);
        m.visitCode();
        m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup", "()" + lookup, false);
        m.visitInsn(Opcodes.ARETURN);
        m.visitMaxs(1, 0);
        m.visitEnd();
        super.visitEnd();
    }
}
