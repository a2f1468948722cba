package dev.relive.compile;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

import java.util.HashSet;
import java.util.Set;

/**
 * Reads what one class file refers to, for the {@link DependencyGraph}: every class its code and constant pool
 * name (class constants, field and method owners, descriptors, signatures, annotations, inner-class, nest and
 * permitted-subclass entries, bootstrap arguments), its direct supertypes, the classes its non-private member
 * signatures mention (its API), and whether it declares a compile-time constant. Core ASM only.
 */
final class ClassReferences extends ClassVisitor {

    private final Set<String> all = new HashSet<>();
    private final Set<String> supertypes = new HashSet<>();
    private final Set<String> api = new HashSet<>();
    private boolean constants;

    private ClassReferences() {
        super(Opcodes.ASM9);
    }

    /** What {@code bytes} refers to, with class names in binary form ({@code a.b.Outer$Inner}). */
    static DependencyGraph.ClassInfo read(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassReferences refs = new ClassReferences();
        reader.accept(refs, ClassReader.SKIP_FRAMES);
        String self = binary(reader.getClassName());
        refs.all.remove(self);
        refs.api.remove(self);
        return new DependencyGraph.ClassInfo(refs.supertypes, refs.api, refs.all, refs.constants);
    }

    private static String binary(String internalName) {
        return internalName.replace('/', '.');
    }

    /** An internal name or an array descriptor, as type instructions and class constants hold them. */
    private void name(String internalName, Set<String> into) {
        if (internalName != null) {
            type(internalName.startsWith("[") ? Type.getType(internalName) : Type.getObjectType(internalName), into);
        }
    }

    private void type(Type type, Set<String> into) {
        switch (type.getSort()) {
            case Type.ARRAY -> type(type.getElementType(), into);
            case Type.OBJECT -> into.add(binary(type.getInternalName()));
            case Type.METHOD -> {
                type(type.getReturnType(), into);
                for (Type argument : type.getArgumentTypes()) {
                    type(argument, into);
                }
            }
            default -> {
            }
        }
    }

    private void descriptor(String descriptor, Set<String> into) {
        if (descriptor != null) {
            type(descriptor.startsWith("(") ? Type.getMethodType(descriptor) : Type.getType(descriptor), into);
        }
    }

    private void signature(String signature, Set<String> into) {
        if (signature != null) {
            new SignatureReader(signature).accept(new SignatureVisitor(Opcodes.ASM9) {
                @Override
                public void visitClassType(String name) {
                    into.add(binary(name));
                }
            });
        }
    }

    private void constant(Object value) {
        if (value instanceof Type type) {
            type(type, all);
        } else if (value instanceof Handle handle) {
            name(handle.getOwner(), all);
            descriptor(handle.getDesc(), all);
        } else if (value instanceof ConstantDynamic dynamic) {
            descriptor(dynamic.getDescriptor(), all);
            constant(dynamic.getBootstrapMethod());
            for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                constant(dynamic.getBootstrapMethodArgument(i));
            }
        }
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        name(superName, supertypes);
        for (String i : interfaces) {
            name(i, supertypes);
        }
        api.addAll(supertypes);
        all.addAll(supertypes);
        signature(signature, api);
        signature(signature, all);
    }

    @Override
    public void visitOuterClass(String owner, String name, String descriptor) {
        name(owner, all);
        descriptor(descriptor, all);
    }

    @Override
    public void visitNestHost(String nestHost) {
        name(nestHost, all);
    }

    @Override
    public void visitNestMember(String nestMember) {
        name(nestMember, all);
    }

    @Override
    public void visitPermittedSubclass(String permittedSubclass) {
        name(permittedSubclass, api);
        name(permittedSubclass, all);
    }

    @Override
    public void visitInnerClass(String name, String outerName, String innerName, int access) {
        name(name, all);
        name(outerName, all);
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        return annotation(descriptor);
    }

    @Override
    public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
        return annotation(descriptor);
    }

    @Override
    public RecordComponentVisitor visitRecordComponent(String name, String descriptor, String signature) {
        descriptor(descriptor, api);
        signature(signature, api);
        descriptor(descriptor, all);
        signature(signature, all);
        return new RecordComponentVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String d, boolean visible) {
                return annotation(d);
            }
        };
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        constants |= value != null && (access & Opcodes.ACC_STATIC) != 0 && (access & Opcodes.ACC_FINAL) != 0;
        if ((access & Opcodes.ACC_PRIVATE) == 0) {
            descriptor(descriptor, api);
            signature(signature, api);
        }
        descriptor(descriptor, all);
        signature(signature, all);
        return new FieldVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String d, boolean visible) {
                return annotation(d);
            }

            @Override
            public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String d, boolean visible) {
                return annotation(d);
            }
        };
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        if ((access & Opcodes.ACC_PRIVATE) == 0) {
            descriptor(descriptor, api);
            signature(signature, api);
            if (exceptions != null) {
                for (String e : exceptions) {
                    name(e, api);
                }
            }
        }
        descriptor(descriptor, all);
        signature(signature, all);
        if (exceptions != null) {
            for (String e : exceptions) {
                name(e, all);
            }
        }
        return new Code();
    }

    private AnnotationVisitor annotation(String descriptor) {
        descriptor(descriptor, all);
        return new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public void visit(String name, Object value) {
                constant(value);
            }

            @Override
            public void visitEnum(String name, String d, String value) {
                descriptor(d, all);
            }

            @Override
            public AnnotationVisitor visitAnnotation(String name, String d) {
                return annotation(d);
            }

            @Override
            public AnnotationVisitor visitArray(String name) {
                return this;
            }
        };
    }

    /** The references in one method's code. */
    private final class Code extends MethodVisitor {
        Code() {
            super(Opcodes.ASM9);
        }

        @Override
        public AnnotationVisitor visitAnnotationDefault() {
            return annotation(null);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return annotation(descriptor);
        }

        @Override
        public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor, boolean visible) {
            return annotation(descriptor);
        }

        @Override
        public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
            return annotation(descriptor);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            name(type, all);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            name(owner, all);
            descriptor(descriptor, all);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            name(owner, all);
            descriptor(descriptor, all);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            descriptor(descriptor, all);
            constant(bootstrap);
            for (Object argument : arguments) {
                constant(argument);
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            constant(value);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            descriptor(descriptor, all);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            name(type, all);
        }

        @Override
        public AnnotationVisitor visitTryCatchAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
            return annotation(descriptor);
        }

        @Override
        public void visitLocalVariable(String name, String descriptor, String signature, Label start, Label end, int index) {
            descriptor(descriptor, all);
            signature(signature, all);
        }

        @Override
        public AnnotationVisitor visitInsnAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
            return annotation(descriptor);
        }

        @Override
        public AnnotationVisitor visitLocalVariableAnnotation(int typeRef, TypePath typePath, Label[] start, Label[] end,
                                                              int[] index, String descriptor, boolean visible) {
            return annotation(descriptor);
        }
    }
}
