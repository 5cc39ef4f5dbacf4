# SPDX-License-Identifier: GPL-3.0-or-later
"""The JNI calls Waymark's C++ makes into its own Java, and the Java methods they must reach.

Shared by check_platform_files.py (against the Java source) and check_android_java.py (against
the classes javac compiled, read back with javap). C++ calls are written in one form, which this
reads: QJniObject::callStaticMethod<ret>(kJavaClass, "name", "(args)ret", arg, ...) with
`constexpr char kJavaClass[] = "org/waymark/app/Class";` in the same file."""
import re

CALL = re.compile(r'callStaticMethod<(\w+)>\(')
CLASS_CONST = re.compile(r'constexpr\s+char\s+(\w+)\[\]\s*=\s*"([\w/$]+)"')
# The JNI type each C++ template argument returns, as a descriptor's return type.
RETURN_OF = {"void": "V", "jboolean": "Z", "jint": "I", "jlong": "J", "jfloat": "F", "jdouble": "D",
             "jbyte": "B", "jchar": "C", "jshort": "S"}
PRIMITIVE = {"void": "V", "boolean": "Z", "int": "I", "long": "J", "float": "F", "double": "D",
             "byte": "B", "char": "C", "short": "S"}
DESCRIPTOR = re.compile(r'^\(((?:\[*(?:[ZBCSIJFD]|L[\w/$]+;))*)\)(\[*(?:[ZBCSIJFDV]|L[\w/$]+;))$')
PARAM = re.compile(r'\[*(?:[ZBCSIJFD]|L[\w/$]+;)')


def _arguments(text, start):
    """The top-level, comma-separated arguments of the call whose '(' is at start."""
    depth, current, args, i, quoted = 0, "", [], start, False
    while i < len(text):
        c = text[i]
        if quoted:
            current += c
            if c == "\\":
                current += text[i + 1]
                i += 1
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
            current += c
        elif c in "([{":
            depth += 1
            if depth > 1:
                current += c
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append(current.strip())
                return [a for a in args if a]
            current += c
        elif c == "," and depth == 1:
            args.append(current.strip())
            current = ""
        else:
            current += c
        i += 1
    raise ValueError("unbalanced call")


def cpp_calls(text):
    """[(java_class, method, descriptor, cpp_return, argument_count, problems)] for each call."""
    constants = dict(CLASS_CONST.findall(text))
    calls = []
    for match in CALL.finditer(text):
        args = _arguments(text, match.end() - 1)
        problems = []
        cls = constants.get(args[0]) if args else None
        if cls is None:
            problems.append(f"callStaticMethod's class is not a constexpr char[] in this file: {args[:1]}")
        name = args[1].strip('"') if len(args) > 1 else ""
        desc = args[2].strip('"') if len(args) > 2 else ""
        shape = DESCRIPTOR.match(desc)
        if not shape:
            problems.append(f"{name}: {desc!r} is not a JNI method descriptor")
        else:
            if RETURN_OF.get(match.group(1)) != shape.group(2):
                problems.append(f"{name}: callStaticMethod<{match.group(1)}> but the descriptor returns {shape.group(2)}")
            params = PARAM.findall(shape.group(1))
            if len(params) != len(args) - 3:
                problems.append(f"{name}: the descriptor takes {len(params)} arguments, the call passes {len(args) - 3}")
        calls.append((cls, name, desc, match.group(1), len(args) - 3, problems))
    return calls


def _java_type(name, imports, package):
    dims = name.count("[]")
    base = name.replace("[]", "").strip()
    if base in PRIMITIVE:
        return "[" * dims + PRIMITIVE[base]
    if "." in base:
        qualified = base
    elif base in imports:
        qualified = imports[base]
    elif base in ("String", "Object", "CharSequence", "Runnable", "Integer", "Boolean"):
        qualified = "java.lang." + base
    else:
        qualified = package + "." + base
    return "[" * dims + "L" + qualified.replace(".", "/") + ";"


def java_static_methods(source):
    """{name: [descriptor, ...]} of the public static methods of a Java source file, its package
    and imports resolving the types (enough for the plain signatures JNI entry points have)."""
    package = re.search(r'^\s*package\s+([\w.]+)\s*;', source, re.M).group(1)
    imports = {full.rsplit(".", 1)[1]: full for full in re.findall(r'^\s*import\s+([\w.]+)\s*;', source, re.M)}
    methods = {}
    for ret, name, params in re.findall(
            r'public\s+static\s+(?:final\s+)?(?:synchronized\s+)?([\w.\[\]]+)\s+(\w+)\s*\(([^)]*)\)', source):
        types = []
        for param in filter(None, (p.strip() for p in params.split(","))):
            words = [w for w in param.split() if w != "final" and not w.startswith("@")]
            types.append(_java_type(" ".join(words[:-1]), imports, package))
        methods.setdefault(name, []).append("(" + "".join(types) + ")" + _java_type(ret, imports, package))
    return methods


def javap_static_methods(output):
    """{name: [descriptor, ...]} of the public static methods in `javap -s` output."""
    methods = {}
    lines = output.splitlines()
    for i, line in enumerate(lines[:-1]):
        decl = re.match(r'\s*public\s+static\s+(?:final\s+)?(?:synchronized\s+)?[\w.\[\]$<>]+\s+(\w+)\(', line)
        desc = re.match(r'\s*descriptor:\s*(\S+)', lines[i + 1])
        if decl and desc:
            methods.setdefault(decl.group(1), []).append(desc.group(1))
    return methods


def check_calls(calls, methods_of_class, errors, where):
    """Adds to errors every call whose method is not in methods_of_class(java_class) as called."""
    for cls, name, desc, _, _, problems in calls:
        errors.extend(f"{where}: {p}" for p in problems)
        if cls is None or problems:
            continue
        methods = methods_of_class(cls)
        if methods is None:
            errors.append(f"{where}: calls {cls}, which has no Java source")
        elif name not in methods:
            errors.append(f"{where}: calls {cls.rsplit('/', 1)[1]}.{name}, which the Java does not have (public static)")
        elif desc not in methods[name]:
            errors.append(f"{where}: calls {cls.rsplit('/', 1)[1]}.{name} as {desc}; the Java declares {', '.join(methods[name])}")
        if "Ljava/lang/String;" in desc or "Ljava/lang/CharSequence;" in desc:
            errors.append(f"{where}: {name} passes a text to Java; reminders pass kinds and times only "
                          "(the texts are fixed in res/values*/strings.xml)")
