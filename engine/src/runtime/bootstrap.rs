//! Making a VM ready to run a program: built-in classes, the native table, the `builtins`
//! namespace, the Python prelude, and the main greenlet with the program's first frame.

use std::rc::Rc;

use indexmap::IndexMap;

use super::{builtins as b, methods as m, modules as md, net};
use crate::lang::error::FrontEndError;
use crate::lang::{compile, parse};
use crate::trace::{CoroInfo, CoroKind, Trace};
use crate::vm::frame::{Delivery, Frame};
use crate::vm::heap::{BuiltinType, Greenlet, GreenletState, Heap, Instance, Object, Payload};
use crate::vm::types::{
    make_builtin_class, ExcTypes, Names, Types, EXCEPTION_TREE, ITERATOR_TYPE_NAMES,
    PRELUDE_ITERATORS,
};
use crate::vm::value::{NativeId, ObjId, Value};
use crate::vm::{Limits, NativeEntry, NativeFn, Vm};

/// `prelude.py` without its comments, every line in its place (see build.rs).
pub(crate) const PRELUDE: &str = include_str!(concat!(env!("OUT_DIR"), "/runtime/prelude.py"));

/// Natives by name; methods are registered per class below.
struct Natives {
    table: Vec<NativeEntry>,
}

impl Natives {
    fn add(&mut self, name: &'static str, func: NativeFn, is_method: bool) -> Value {
        self.table.push(NativeEntry {
            name,
            func,
            is_method,
        });
        Value::Native(NativeId((self.table.len() - 1) as u16))
    }
}

fn set_methods(
    heap: &mut Heap,
    natives: &mut Natives,
    class: ObjId,
    methods: &[(&'static str, NativeFn)],
) {
    for (name, f) in methods {
        let v = natives.add(name, *f, true);
        if let Object::Class(c) = heap.get_mut(class) {
            c.dict.insert(Rc::from(*name), v);
        }
    }
}

fn set_attr(heap: &mut Heap, class: ObjId, name: &str, v: Value) {
    if let Object::Class(c) = heap.get_mut(class) {
        c.dict.insert(Rc::from(name), v);
    }
}

/// A VM with `source` compiled and its first frame ready; no instruction has run.
pub fn new_vm(filename: &str, source: &str, limits: Limits) -> Result<Vm, FrontEndError> {
    new_vm_with(filename, source, limits, Prelude::Run)
}

/// Whether [`new_vm_with`] runs the prelude.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Prelude {
    Run,
    /// Left out: `builtins` lacks the names the prelude defines, so the VM must not run. Its
    /// step 0 reads as [`Prelude::Run`]'s does (see `Session::preview`): the prelude's own steps
    /// and events are cleared when it ends, and nothing it makes is reachable from the
    /// program's frame or lanes.
    Skip,
}

/// [`new_vm`], with or without the prelude. Either way the same objects are made in the same
/// order up to the prelude, so the prelude can be skipped for a first look at step 0 and a
/// VM with it made later.
pub fn new_vm_with(
    filename: &str,
    source: &str,
    limits: Limits,
    prelude: Prelude,
) -> Result<Vm, FrontEndError> {
    let module = parse::parse(source)?;
    let code = compile::compile(&module, filename)?;

    let mut heap = Heap::default();
    let object = make_builtin_class(&mut heap, "object", &[], BuiltinType::Object);
    let mk = |heap: &mut Heap, name: &str, bt: BuiltinType| {
        make_builtin_class(heap, name, &[object], bt)
    };
    let int = mk(&mut heap, "int", BuiltinType::Int);
    let types = Types {
        object,
        type_: mk(&mut heap, "type", BuiltinType::Type),
        none: mk(&mut heap, "NoneType", BuiltinType::NoneType),
        not_implemented: mk(
            &mut heap,
            "NotImplementedType",
            BuiltinType::NotImplementedType,
        ),
        ellipsis: mk(&mut heap, "ellipsis", BuiltinType::Ellipsis),
        bool_: make_builtin_class(&mut heap, "bool", &[int], BuiltinType::Bool),
        int,
        float: mk(&mut heap, "float", BuiltinType::Float),
        str_: mk(&mut heap, "str", BuiltinType::Str),
        bytes: mk(&mut heap, "bytes", BuiltinType::Bytes),
        tuple: mk(&mut heap, "tuple", BuiltinType::Tuple),
        list: mk(&mut heap, "list", BuiltinType::List),
        dict: mk(&mut heap, "dict", BuiltinType::Dict),
        set: mk(&mut heap, "set", BuiltinType::Set),
        frozenset: mk(&mut heap, "frozenset", BuiltinType::Set),
        function: mk(&mut heap, "function", BuiltinType::Function),
        builtin_function: mk(
            &mut heap,
            "builtin_function_or_method",
            BuiltinType::BuiltinFunction,
        ),
        method: mk(&mut heap, "method", BuiltinType::Method),
        module: mk(&mut heap, "module", BuiltinType::Module),
        cell: mk(&mut heap, "cell", BuiltinType::Cell),
        generator: mk(&mut heap, "generator", BuiltinType::Generator),
        iterator: mk(&mut heap, "iterator", BuiltinType::Iterator),
        range: mk(&mut heap, "range", BuiltinType::Range),
        slice: mk(&mut heap, "slice", BuiltinType::Slice),
        property: mk(&mut heap, "property", BuiltinType::Property),
        staticmethod: mk(&mut heap, "staticmethod", BuiltinType::StaticMethod),
        classmethod: mk(&mut heap, "classmethod", BuiltinType::ClassMethod),
        super_: mk(&mut heap, "super", BuiltinType::Super),
        greenlet: mk(&mut heap, "greenlet", BuiltinType::Greenlet),
        iterator_types: ITERATOR_TYPE_NAMES
            .iter()
            .map(|name| (*name, mk(&mut heap, name, BuiltinType::Iterator)))
            .collect(),
        prelude_iterators: PRELUDE_ITERATORS
            .iter()
            .map(|(name, _)| mk(&mut heap, name, BuiltinType::Generator))
            .collect(),
    };
    if let Object::Class(c) = heap.get_mut(types.greenlet) {
        c.module = Rc::from("greenlet");
    }

    // The exception tree.
    // Looked up by name in the list (about 60 classes, made once): a hash map for this cost
    // more code than the look-ups cost time.
    let mut all: Vec<(Rc<str>, ObjId)> = Vec::new();
    let by_name = |all: &[(Rc<str>, ObjId)], name: &str| -> ObjId {
        all.iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, id)| *id)
            .expect("EXCEPTION_TREE names each parent before its children")
    };
    for (name, parent) in EXCEPTION_TREE {
        let bases: Vec<ObjId> = if parent.is_empty() {
            vec![object]
        } else {
            vec![by_name(&all, parent)]
        };
        let id = make_builtin_class(&mut heap, name, &bases, BuiltinType::BaseException);
        all.push((Rc::from(*name), id));
    }
    let greenlet_exit = make_builtin_class(
        &mut heap,
        "GreenletExit",
        &[by_name(&all, "BaseException")],
        BuiltinType::BaseException,
    );
    if let Object::Class(c) = heap.get_mut(greenlet_exit) {
        c.module = Rc::from("greenlet");
    }
    let e = |n: &str| by_name(&all, n);
    let exc = ExcTypes {
        base_exception: e("BaseException"),
        exception: e("Exception"),
        system_exit: e("SystemExit"),
        generator_exit: e("GeneratorExit"),
        stop_iteration: e("StopIteration"),
        arithmetic_error: e("ArithmeticError"),
        zero_division_error: e("ZeroDivisionError"),
        overflow_error: e("OverflowError"),
        assertion_error: e("AssertionError"),
        attribute_error: e("AttributeError"),
        import_error: e("ImportError"),
        module_not_found_error: e("ModuleNotFoundError"),
        lookup_error: e("LookupError"),
        index_error: e("IndexError"),
        key_error: e("KeyError"),
        memory_error: e("MemoryError"),
        name_error: e("NameError"),
        unbound_local_error: e("UnboundLocalError"),
        runtime_error: e("RuntimeError"),
        recursion_error: e("RecursionError"),
        not_implemented_error: e("NotImplementedError"),
        type_error: e("TypeError"),
        value_error: e("ValueError"),
        unicode_decode_error: e("UnicodeDecodeError"),
        unicode_encode_error: e("UnicodeEncodeError"),
        os_error: e("OSError"),
        greenlet_exit,
        deprecation_warning: e("DeprecationWarning"),
        all,
    };

    // Natives: constructors and methods.
    let mut n = Natives { table: Vec::new() };
    let object_new = n.add("__new__", b::object_new, false);
    set_attr(&mut heap, object, "__new__", object_new);
    let object_init = n.add("__init__", b::object_init, true);
    set_attr(&mut heap, object, "__init__", object_init);
    let ctors: &[(ObjId, NativeFn)] = &[
        (types.type_, b::type_new),
        (types.int, b::int_new),
        (types.bool_, b::bool_new),
        (types.float, b::float_new),
        (types.str_, b::str_new),
        (types.bytes, b::bytes_new),
        (types.tuple, b::tuple_new),
        (types.list, b::list_new),
        (types.dict, b::dict_new),
        (types.set, b::set_new),
        (types.frozenset, b::frozenset_new),
        (types.range, b::range_new),
        (types.slice, b::slice_new),
        (types.property, b::property),
        (types.staticmethod, b::staticmethod),
        (types.classmethod, b::classmethod),
        (types.super_, b::super_),
    ];
    for (class, f) in ctors {
        let v = n.add("__new__", *f, false);
        set_attr(&mut heap, *class, "__new__", v);
    }
    let exc_methods: &[(&'static str, NativeFn)] = &[
        ("__init__", b::exception_init),
        ("__str__", b::exception_str),
        ("__repr__", b::exception_repr),
        ("with_traceback", b::exception_with_traceback),
    ];
    set_methods(&mut heap, &mut n, exc.base_exception, exc_methods);
    let os_error_new = n.add("__new__", b::os_error_new, false);
    set_attr(&mut heap, exc.os_error, "__new__", os_error_new);
    set_methods(
        &mut heap,
        &mut n,
        types.str_,
        &[
            ("upper", m::str_upper),
            ("lower", m::str_lower),
            ("casefold", m::str_casefold),
            ("swapcase", m::str_swapcase),
            ("title", m::str_title),
            ("capitalize", m::str_capitalize),
            ("isspace", m::str_isspace),
            ("isalpha", m::str_isalpha),
            ("isalnum", m::str_isalnum),
            ("isdecimal", m::str_isdecimal),
            ("isdigit", m::str_isdigit),
            ("isnumeric", m::str_isnumeric),
            ("isprintable", m::str_isprintable),
            ("isascii", m::str_isascii),
            ("isidentifier", m::str_isidentifier),
            ("isupper", m::str_isupper),
            ("islower", m::str_islower),
            ("istitle", m::str_istitle),
            ("split", m::str_split),
            ("rsplit", m::str_rsplit),
            ("splitlines", m::str_splitlines),
            ("strip", m::str_strip),
            ("lstrip", m::str_lstrip),
            ("rstrip", m::str_rstrip),
            ("join", m::str_join),
            ("replace", m::str_replace),
            ("find", m::str_find),
            ("rfind", m::str_rfind),
            ("index", m::str_index),
            ("rindex", m::str_rindex),
            ("count", m::str_count),
            ("startswith", m::str_startswith),
            ("endswith", m::str_endswith),
            ("removeprefix", m::str_removeprefix),
            ("removesuffix", m::str_removesuffix),
            ("partition", m::str_partition),
            ("rpartition", m::str_rpartition),
            ("center", m::str_center),
            ("ljust", m::str_ljust),
            ("rjust", m::str_rjust),
            ("zfill", m::str_zfill),
            ("expandtabs", m::str_expandtabs),
            ("encode", m::str_encode),
            ("format", m::str_format),
            ("__mod__", m::str_mod),
        ],
    );
    set_methods(
        &mut heap,
        &mut n,
        types.int,
        &[("bit_length", m::int_bit_length)],
    );
    set_methods(
        &mut heap,
        &mut n,
        types.bytes,
        &[
            ("decode", m::bytes_decode),
            ("upper", m::bytes_upper),
            ("lower", m::bytes_lower),
            ("strip", m::bytes_strip),
            ("split", m::bytes_split),
            ("startswith", m::bytes_startswith),
            ("endswith", m::bytes_endswith),
            ("hex", m::bytes_hex),
            ("replace", m::bytes_replace),
            ("find", m::bytes_find),
            ("count", m::bytes_count),
            ("join", m::bytes_join),
        ],
    );
    set_methods(
        &mut heap,
        &mut n,
        types.list,
        &[
            ("append", m::list_append),
            ("extend", m::list_extend),
            ("insert", m::list_insert),
            ("pop", m::list_pop),
            ("remove", m::list_remove),
            ("index", m::list_index),
            ("count", m::list_count),
            ("reverse", m::list_reverse),
            ("clear", m::list_clear),
            ("copy", m::list_copy),
            ("sort", m::list_sort),
        ],
    );
    set_methods(
        &mut heap,
        &mut n,
        types.tuple,
        &[("index", m::tuple_index), ("count", m::tuple_count)],
    );
    set_methods(
        &mut heap,
        &mut n,
        types.dict,
        &[
            ("__getitem__", m::dict_getitem),
            ("__setitem__", m::dict_setitem),
            ("__delitem__", m::dict_delitem),
            ("__contains__", m::table_contains),
            ("get", m::dict_get),
            ("setdefault", m::dict_setdefault),
            ("pop", m::dict_pop),
            ("popitem", m::dict_popitem),
            ("keys", m::dict_keys),
            ("values", m::dict_values),
            ("items", m::dict_items),
            ("update", m::dict_update),
            ("clear", m::dict_clear),
            ("copy", m::dict_copy),
        ],
    );
    // `frozenset` has the methods that read a set; `set` has those and the ones that change it.
    let set_readers: &[(&'static str, NativeFn)] = &[
        ("__contains__", m::table_contains),
        ("union", m::set_union),
        ("intersection", m::set_intersection),
        ("difference", m::set_difference),
        ("symmetric_difference", m::set_symmetric_difference),
        ("issubset", m::set_issubset),
        ("issuperset", m::set_issuperset),
        ("isdisjoint", m::set_isdisjoint),
        ("copy", m::set_copy),
    ];
    set_methods(&mut heap, &mut n, types.frozenset, set_readers);
    set_methods(&mut heap, &mut n, types.set, set_readers);
    set_methods(
        &mut heap,
        &mut n,
        types.set,
        &[
            ("add", m::set_add),
            ("discard", m::set_discard),
            ("remove", m::set_remove),
            ("pop", m::set_pop),
            ("update", m::set_update),
            ("clear", m::set_clear),
        ],
    );
    set_methods(
        &mut heap,
        &mut n,
        types.generator,
        &[
            ("send", m::gen_send),
            ("throw", m::gen_throw),
            ("close", m::gen_close),
            ("__next__", m::gen_next),
            ("__iter__", m::iter_self),
        ],
    );
    for class in std::iter::once(types.iterator).chain(types.iterator_types.iter().map(|t| t.1)) {
        set_methods(
            &mut heap,
            &mut n,
            class,
            &[("__next__", m::iterator_next), ("__iter__", m::iter_self)],
        );
    }
    // `zip`, `map` …: generators underneath, but only iterators to Python code.
    for class in &types.prelude_iterators {
        set_methods(
            &mut heap,
            &mut n,
            *class,
            &[("__next__", m::gen_next), ("__iter__", m::iter_self)],
        );
        let v = n.add("__new__", b::prelude_iter_new, false);
        set_attr(&mut heap, *class, "__new__", v);
    }
    set_methods(
        &mut heap,
        &mut n,
        types.property,
        &[("setter", b::property_setter)],
    );
    set_methods(
        &mut heap,
        &mut n,
        types.greenlet,
        &[
            ("__init__", b::greenlet_init),
            ("switch", m::greenlet_switch),
            ("throw", m::greenlet_throw),
            ("__bool__", b::greenlet_bool),
        ],
    );

    // Class-level methods: `dict.fromkeys(...)`, and `greenlet.getcurrent()` below.
    let fromkeys = n.add("fromkeys", m::dict_fromkeys, false);
    let fromkeys = heap.alloc(Object::ClassMethod(fromkeys));
    set_attr(&mut heap, types.dict, "fromkeys", Value::Obj(fromkeys));
    let fromhex = n.add("fromhex", m::bytes_fromhex, false);
    let fromhex = heap.alloc(Object::ClassMethod(fromhex));
    set_attr(&mut heap, types.bytes, "fromhex", Value::Obj(fromhex));

    // Plain functions (builtins and module functions).
    let functions: &[(&'static str, NativeFn)] = &[
        ("print", b::print),
        ("repr", b::repr),
        ("ascii", b::ascii),
        ("format", b::format),
        ("len", b::len),
        ("abs", b::abs),
        ("divmod", b::divmod),
        ("pow", b::pow),
        ("round", b::round),
        ("chr", b::chr),
        ("ord", b::ord),
        ("hex", b::hex),
        ("bin", b::bin),
        ("oct", b::oct),
        ("sorted", b::sorted),
        ("sum", b::sum),
        ("min", b::min),
        ("max", b::max),
        ("any", b::any),
        ("all", b::all),
        ("iter", b::iter),
        ("next", b::next),
        ("id", b::id),
        ("hash", b::hash),
        ("dir", b::dir),
        ("vars", b::vars),
        ("_hash_result", b::hash_result),
        ("_tuple_hash", b::tuple_hash),
        ("_keys_with_hash", b::keys_with_hash),
        ("_key_found", b::key_found),
        ("_hashed_entries", b::hashed_entries),
        ("callable", b::callable),
        ("isinstance", b::isinstance),
        ("issubclass", b::issubclass),
        ("getattr", b::getattr),
        ("hasattr", b::hasattr),
        ("setattr", b::setattr),
        ("delattr", b::delattr),
        ("input", b::not_available),
        ("open", b::not_available),
        ("_write", b::write),
        ("_native_repr", b::native_repr),
        ("_native_str", b::native_str),
        ("_is_python_function", b::is_python_function),
        ("time", md::time_time),
        ("sleep", md::time_sleep),
        ("monotonic", md::time_monotonic),
        ("exit", md::sys_exit),
        ("getrecursionlimit", md::sys_getrecursionlimit),
        ("setrecursionlimit", md::sys_setrecursionlimit),
        ("sqrt", md::math_sqrt),
        ("floor", md::math_floor),
        ("ceil", md::math_ceil),
        ("getcurrent", m::getcurrent),
        ("_coroscope.clock", md::co_clock),
        ("_coroscope.advance_clock_to", md::co_advance_clock_to),
        ("_coroscope.main_greenlet", md::co_main_greenlet),
        ("_coroscope.mark_hub", md::co_mark_hub),
        ("_coroscope.kill_unstarted", md::co_kill_unstarted),
        ("_coroscope.write_stderr", md::co_write_stderr),
        ("_coroscope.timestamp", md::co_timestamp),
        (
            "_coroscope.print_greenlet_failure",
            md::co_print_greenlet_failure,
        ),
        ("_coroscope.warn", md::co_warn),
        ("_coroscope.patch", md::co_patch),
        ("_coroscope.note_sleep", md::co_note_sleep),
        ("_coroscope.traceback_len", md::co_traceback_len),
        ("_coroscope.truncate_traceback", md::co_truncate_traceback),
        ("_coroscope.add_exit_hook", md::co_add_exit_hook),
        ("_coroscope.make_module", md::co_make_module),
        ("_coroscope.module", md::co_module),
        ("_coroscope.set_thread_hooks", net::co_set_thread_hooks),
        ("_coroscope.set_slice", net::co_set_slice),
        ("_coroscope.thread_switch", net::co_thread_switch),
        ("_coroscope.mark_thread", net::co_mark_thread),
        (
            "_coroscope.print_thread_failure",
            net::co_print_thread_failure,
        ),
        ("_coroscope.block_forever", net::co_block_forever),
        ("_coroscope.machine_yield", net::co_machine_yield),
        ("_coroscope.idle_until", net::co_idle_until),
        ("_coroscope.net_event", net::co_net_event),
        ("_coroscope.shared", net::co_shared),
        ("_coroscope.set_shared", net::co_set_shared),
    ];
    let mut function_values = Vec::new();
    for (name, f) in functions {
        function_values.push((*name, n.add(name, *f, false)));
    }
    // The same object as `greenlet.getcurrent`, the module function.
    if let Some((_, getcurrent)) = function_values.iter().find(|(k, _)| *k == "getcurrent") {
        let getcurrent = heap.alloc(Object::StaticMethod(getcurrent.clone()));
        set_attr(
            &mut heap,
            types.greenlet,
            "getcurrent",
            Value::Obj(getcurrent),
        );
    }

    // The builtins namespace.
    let builtins = heap.alloc(Object::Dict(Default::default()));
    let prelude_dict = heap.alloc(Object::Dict(Default::default()));
    let main_globals = heap.alloc(Object::Dict(Default::default()));

    let mut trace = Trace::default();
    trace.coros.push(CoroInfo {
        label: "main".into(),
        kind: CoroKind::Main,
    });
    let main_greenlet = heap.alloc(Object::Instance(Instance {
        class: types.greenlet,
        dict: IndexMap::default(),
        payload: Payload::Greenlet(Box::new(Greenlet {
            state: GreenletState::Running,
            parent: None,
            frames: Vec::new(),
            run: None,
            lane: 0,
            label_pending: false,
        })),
    }));

    let filename: Rc<str> = Rc::from(filename);
    let mut vm = Vm {
        heap,
        frames: Vec::new(),
        current: main_greenlet,
        lane: 0,
        main_greenlet,
        natives: Rc::new(n.table),
        types: types.clone(),
        exc: exc.clone(),
        builtins,
        prelude: prelude_dict,
        modules: IndexMap::default(),
        main_globals,
        filename: filename.clone(),
        source_lines: Rc::new(source.lines().map(|l| l.to_string()).collect()),
        clock_ps: 0,
        steps: 0,
        record_steps: false,
        record_events: true,
        trace,
        stdout: Default::default(),
        stderr: String::new(),
        stdout_line: String::new(),
        stderr_line: String::new(),
        finished: None,
        limits,
        label_counts: Vec::new(),
        allocs_since_gc: 0,
        names: Names::new(),
        dropped: Vec::new(),
        to_finalize: Default::default(),
        warnings_shown: Default::default(),
        patched: Default::default(),
        exit_hooks: Vec::new(),
        main_exited: false,
        preempt_at: u64::MAX,
        thread_hooks: None,
        machine: None,
        exit_code: 0,
        resolved_key: None,
    };

    let class_entries: Vec<(&str, ObjId)> = vec![
        ("object", types.object),
        ("type", types.type_),
        ("int", types.int),
        ("bool", types.bool_),
        ("float", types.float),
        ("str", types.str_),
        ("bytes", types.bytes),
        ("tuple", types.tuple),
        ("list", types.list),
        ("dict", types.dict),
        ("set", types.set),
        ("frozenset", types.frozenset),
        ("range", types.range),
        ("slice", types.slice),
        ("property", types.property),
        ("staticmethod", types.staticmethod),
        ("classmethod", types.classmethod),
        ("super", types.super_),
    ];
    for (name, id) in class_entries {
        vm.dict_set_str(builtins, Rc::from(name), Value::Obj(id));
    }
    for (name, id) in exc.all.iter() {
        vm.dict_set_str(builtins, name.clone(), Value::Obj(*id));
    }
    for ((name, _), id) in PRELUDE_ITERATORS.iter().zip(&types.prelude_iterators) {
        vm.dict_set_str(builtins, Rc::from(*name), Value::Obj(*id));
    }
    for (name, v) in function_values {
        if name.starts_with("_coroscope.") {
            continue;
        }
        if !matches!(
            name,
            "time"
                | "sleep"
                | "monotonic"
                | "getrecursionlimit"
                | "setrecursionlimit"
                | "sqrt"
                | "floor"
                | "ceil"
                | "getcurrent"
        ) {
            vm.dict_set_str(builtins, Rc::from(name), v);
        }
    }
    vm.dict_set_str(builtins, Rc::from("NotImplemented"), Value::NotImplemented);
    vm.dict_set_str(builtins, Rc::from("Ellipsis"), Value::Ellipsis);
    vm.dict_set_str(builtins, Rc::from("__name__"), Value::str("builtins"));

    if prelude == Prelude::Run {
        run_prelude(&mut vm)?;
    }

    // The program: its module dict and its first frame.
    vm.dict_set_str(main_globals, Rc::from("__name__"), Value::str("__main__"));
    vm.dict_set_str(main_globals, Rc::from("__file__"), Value::Str(filename));
    vm.dict_set_str(main_globals, Rc::from("__builtins__"), Value::Obj(builtins));
    let frame = Frame::new(code, main_globals, None, Delivery::Main);
    vm.frames.push(frame);
    Ok(vm)
}

/// Compile and run the prelude to its end, then export its public names to `builtins`.
fn run_prelude(vm: &mut Vm) -> Result<(), FrontEndError> {
    let code = super::modules::internal_code("<prelude>", PRELUDE)?;
    let prelude = vm.prelude;
    vm.dict_set_str(prelude, Rc::from("__name__"), Value::str("builtins"));
    vm.frames
        .push(Frame::new(code, prelude, None, Delivery::Discard));
    let mut guard = 0u32;
    while !vm.frames.is_empty() && vm.finished.is_none() && guard < 1_000_000 {
        vm.step();
        guard += 1;
    }
    // The prelude must never fail; if it did, its error is in stderr for the developer to see.
    let entries: Vec<(Rc<str>, Value)> = match vm.get(prelude) {
        Object::Dict(d) => d
            .map
            .iter()
            .filter_map(|(k, (_, v))| match k {
                crate::vm::dict::Key::Str(s) if !s.starts_with('_') => Some((s.clone(), v.clone())),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    for (k, v) in entries {
        vm.dict_set_str(vm.builtins, k, v);
    }
    vm.steps = 0;
    vm.clock_ps = 0;
    vm.trace.events.clear();
    vm.trace.steps.clear();
    vm.label_counts.clear();
    Ok(())
}
