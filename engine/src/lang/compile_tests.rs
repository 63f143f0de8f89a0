//! Compiler tests: ASTs built by hand (and, once the parser works, the oracle programs), checked
//! by a static verifier that walks every path of every code object and simulates the stack, the
//! handler blocks and the "exception being handled" depth. Most compiler bugs show up there
//! without needing the VM.
use std::collections::VecDeque;
use std::rc::Rc;

use super::*;
use crate::lang::op::{Code, CodeKind, Const, Op};

// ---- a tiny AST builder ----

fn at(line: u32) -> Span {
    Span::new(line, 0, line, 10)
}

fn sp() -> Span {
    at(1)
}

fn e(kind: ExprKind) -> Expr {
    Expr { span: sp(), kind }
}

fn st(kind: StmtKind) -> Stmt {
    Stmt { span: sp(), kind }
}

fn name(n: &str) -> Expr {
    e(ExprKind::Name(n.into()))
}

fn int(i: i64) -> Expr {
    e(ExprKind::Const(Constant::Int(i.into())))
}

fn s(v: &str) -> Expr {
    e(ExprKind::Const(Constant::Str(v.into())))
}

fn call(f: Expr, args: Vec<Expr>) -> Expr {
    e(ExprKind::Call {
        func: Box::new(f),
        args,
        keywords: vec![],
    })
}

fn attr(v: Expr, a: &str) -> Expr {
    e(ExprKind::Attribute {
        value: Box::new(v),
        attr: a.into(),
    })
}

fn add(l: Expr, r: Expr) -> Expr {
    e(ExprKind::BinOp {
        op: BinOp::Add,
        left: Box::new(l),
        right: Box::new(r),
    })
}

fn assign(t: Expr, v: Expr) -> Stmt {
    st(StmtKind::Assign {
        targets: vec![t],
        value: v,
    })
}

fn expr_stmt(x: Expr) -> Stmt {
    st(StmtKind::Expr(x))
}

fn ret(x: Expr) -> Stmt {
    st(StmtKind::Return(Some(x)))
}

fn params(names: &[&str]) -> Params {
    Params {
        args: names
            .iter()
            .map(|n| Param {
                name: (*n).into(),
                default: None,
            })
            .collect(),
        ..Default::default()
    }
}

fn def(n: &str, ps: &[&str], body: Vec<Stmt>) -> Stmt {
    st(StmtKind::FunctionDef(Box::new(FunctionDef {
        name: n.into(),
        params: params(ps),
        body,
        decorators: vec![],
        is_async: false,
    })))
}

fn class(n: &str, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::ClassDef(Box::new(ClassDef {
        name: n.into(),
        bases: vec![],
        keywords: vec![],
        body,
        decorators: vec![],
    })))
}

fn yield_(x: Expr) -> Expr {
    e(ExprKind::Yield(Some(Box::new(x))))
}

fn module(body: Vec<Stmt>) -> Module {
    Module { body }
}

fn comp(target: &str, iter: Expr) -> Comprehension {
    Comprehension {
        target: name(target),
        iter,
        ifs: vec![],
    }
}

// ---- the verifier ----

/// Net stack change of `op` when it falls through (`jump == false`) or jumps.
fn stack_effect(op: &Op, jump: bool) -> i32 {
    use Op::*;
    match *op {
        Nop | RotTwo | RotThree | RotFour | Jump(_) | PopBlock | PopExcept => 0,
        LoadConst(_) | Dup | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadGlobal(_)
        | LoadName(_) | LoadLocals => 1,
        Pop | StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => -1,
        DupTwo => 2,
        DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => 0,
        LoadAttr(_) => 0,
        StoreAttr(_) => -2,
        DeleteAttr(_) => -1,
        BinarySubscr => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        BuildSlice(n) => 1 - n as i32,
        BinaryOp(_) | InplaceOp(_) | CompareOp(_) => -1,
        UnaryOp(_) => 0,
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => {
            -1
        }
        MapAdd(_) => -2,
        ListToTuple => 0,
        FormatValue(f) => {
            if f & 4 != 0 {
                -1
            } else {
                0
            }
        }
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx(n) => ((n & 0xff) + (n >> 8)) as i32,
        PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        GetIter => 0,
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        Call(n) => -(n as i32),
        CallKw(n) => -(n as i32) - 1,
        CallEx(f) => -1 - (f as i32 & 1),
        MakeFunction(f) => -((f & 1 != 0) as i32 + (f & 2 != 0) as i32 + (f & 8 != 0) as i32),
        ReturnValue => -1,
        BuildClass => -2,
        YieldValue => 0,
        GetYieldFromIter => 0,
        YieldFrom => -1,
        SetupFinally(_) => 0,
        Raise(n) => -(n as i32),
        Reraise => -1,
        JumpIfNotExcMatch(_) => -1,
        BeforeWith => 1,
        WithExceptStart => 1,
        RaiseAssert(n) => -(n as i32),
        ImportName(_) => 1,
        ImportFrom(_) => 1,
        ImportStar => -1,
    }
}

#[derive(Clone, Debug, PartialEq)]
struct State {
    depth: i32,
    /// (handler target, stack depth at setup, handled depth at setup)
    blocks: Vec<(u32, i32, i32)>,
    handled: i32,
}

/// Walk every path of `code` (and nested code), checking stack balance; returns the max depth.
pub(crate) fn verify(code: &Code) -> usize {
    assert_eq!(
        code.ops.len(),
        code.spans.len(),
        "{}: one span per op",
        code.qualname
    );
    let n = code.ops.len();
    let ncells = code.cellvars.len() + code.freevars.len();
    let mut seen: Vec<Option<State>> = vec![None; n];
    let mut queue = VecDeque::new();
    let mut max = 0i32;
    queue.push_back((
        0usize,
        State {
            depth: 0,
            blocks: vec![],
            handled: 0,
        },
    ));
    let ctx = |ip: usize| format!("{} at {ip}: {:?}", code.qualname, code.ops.get(ip));
    while let Some((ip, state)) = queue.pop_front() {
        assert!(ip < n, "{}: fell off the end", ctx(ip));
        if let Some(prev) = &seen[ip] {
            assert_eq!(prev, &state, "{}: paths disagree", ctx(ip));
            continue;
        }
        seen[ip] = Some(state.clone());
        assert!(state.depth >= 0, "{}: negative stack", ctx(ip));
        max = max.max(state.depth);
        let op = code.ops[ip];
        match op {
            Op::LoadConst(i) => assert!((i as usize) < code.consts.len(), "{}", ctx(ip)),
            Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => {
                assert!((i as usize) < code.varnames.len(), "{}", ctx(ip));
                assert_eq!(code.kind, CodeKind::Function, "{}", ctx(ip));
            }
            Op::LoadDeref(i) | Op::StoreDeref(i) | Op::DeleteDeref(i) | Op::LoadClosure(i) => {
                assert!((i as usize) < ncells, "{}", ctx(ip))
            }
            Op::LoadGlobal(i)
            | Op::StoreGlobal(i)
            | Op::DeleteGlobal(i)
            | Op::LoadName(i)
            | Op::StoreName(i)
            | Op::DeleteName(i)
            | Op::LoadAttr(i)
            | Op::StoreAttr(i)
            | Op::DeleteAttr(i)
            | Op::ImportName(i)
            | Op::ImportFrom(i) => assert!((i as usize) < code.names.len(), "{}", ctx(ip)),
            _ => {}
        }
        let mut next = state.clone();
        // Every op's inputs must be on the stack.
        let pops = match op {
            Op::Call(k) => k as i32 + 1,
            Op::CallKw(k) => k as i32 + 2,
            Op::StoreSubscr => 3,
            Op::BuildClass => 3,
            Op::RotThree => 3,
            Op::RotFour => 4,
            Op::RotTwo | Op::DupTwo => 2,
            _ => 0,
        };
        assert!(state.depth >= pops, "{}: stack underflow", ctx(ip));
        match op {
            Op::ReturnValue => {
                assert_eq!(state.depth, 1, "{}: return with extra stack", ctx(ip));
                assert!(
                    state.blocks.is_empty(),
                    "{}: return inside a block",
                    ctx(ip)
                );
                assert_eq!(state.handled, 0, "{}: return while handling", ctx(ip));
                continue;
            }
            Op::Raise(_) | Op::Reraise | Op::RaiseAssert(_) => continue,
            Op::SetupFinally(t) => {
                let handler = State {
                    depth: state.depth + 1,
                    blocks: state.blocks.clone(),
                    handled: state.handled + 1,
                };
                queue.push_back((t as usize, handler));
                next.blocks.push((t, state.depth, state.handled));
            }
            Op::PopBlock => {
                assert!(
                    next.blocks.pop().is_some(),
                    "{}: PopBlock without a block",
                    ctx(ip)
                );
            }
            Op::PopExcept => {
                next.handled -= 1;
                assert!(
                    next.handled >= 0,
                    "{}: PopExcept without an exception",
                    ctx(ip)
                );
            }
            _ => {}
        }
        if let Some(t) = jump_target(&op) {
            if !matches!(op, Op::SetupFinally(_)) {
                let mut j = next.clone();
                j.depth += stack_effect(&op, true);
                queue.push_back((t as usize, j));
            }
        }
        if !matches!(op, Op::Jump(_)) {
            next.depth += stack_effect(&op, false);
            queue.push_back((ip + 1, next));
        }
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify(inner);
        }
    }
    max as usize
}

fn compile_ok(m: &Module) -> Rc<Code> {
    let code = compile(m, "t.py").unwrap_or_else(|e| panic!("compile failed: {e:?}"));
    verify(&code);
    code
}

fn child<'c>(code: &'c Code, qualname: &str) -> &'c Code {
    fn find<'c>(code: &'c Code, q: &str) -> Option<&'c Code> {
        for c in &code.consts {
            if let Const::Code(inner) = c {
                if &*inner.qualname == q {
                    return Some(inner);
                }
                if let Some(f) = find(inner, q) {
                    return Some(f);
                }
            }
        }
        None
    }
    find(code, qualname).unwrap_or_else(|| panic!("no code {qualname}"))
}

fn err_message(m: &Module) -> String {
    match compile(m, "t.py") {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.message(),
    }
}

fn names(v: &[Rc<str>]) -> Vec<&str> {
    v.iter().map(|s| &**s).collect()
}

// ---- tests ----

#[test]
fn module_assign_and_call() {
    let m = module(vec![
        assign(name("x"), int(1)),
        expr_stmt(call(name("print"), vec![name("x")])),
    ]);
    let code = compile_ok(&m);
    assert_eq!(code.kind, CodeKind::Module);
    assert_eq!(
        code.ops,
        vec![
            Op::LoadConst(0),
            Op::StoreName(0),
            Op::LoadName(1),
            Op::LoadName(0),
            Op::Call(1),
            Op::Pop,
            Op::LoadConst(1),
            Op::ReturnValue
        ]
    );
    assert_eq!(code.consts, vec![Const::Int(1), Const::None]);
}

#[test]
fn closures_cells_and_cell_params() {
    // def f(a):
    //     def g(): return a
    //     return g
    let m = module(vec![def(
        "f",
        &["a"],
        vec![def("g", &[], vec![ret(name("a"))]), ret(name("g"))],
    )]);
    let code = compile_ok(&m);
    let f = child(&code, "f");
    assert_eq!(names(&f.cellvars), vec!["a"]);
    assert_eq!(f.cell_params, vec![(0, 0)]);
    assert_eq!(f.argcount, 1);
    assert!(f.ops.contains(&Op::LoadClosure(0)));
    assert!(f.ops.iter().any(|op| matches!(op, Op::MakeFunction(8))));
    let g = child(&code, "f.<locals>.g");
    assert_eq!(names(&g.freevars), vec!["a"]);
    assert_eq!(g.ops[0], Op::LoadDeref(0));
}

#[test]
fn globals_locals_and_nonlocal() {
    // def f():
    //     global y
    //     x = 1; y = x; print(z)
    //     def g():
    //         nonlocal x
    //         x = 2
    let m = module(vec![def(
        "f",
        &[],
        vec![
            st(StmtKind::Global(vec!["y".into()])),
            assign(name("x"), int(1)),
            assign(name("y"), name("x")),
            expr_stmt(call(name("print"), vec![name("z")])),
            def(
                "g",
                &[],
                vec![
                    st(StmtKind::Nonlocal(vec!["x".into()])),
                    assign(name("x"), int(2)),
                ],
            ),
        ],
    )]);
    let code = compile_ok(&m);
    let f = child(&code, "f");
    assert_eq!(names(&f.cellvars), vec!["x"]);
    assert!(f.ops.iter().any(|op| matches!(op, Op::StoreGlobal(_))));
    assert!(f.ops.iter().any(|op| matches!(op, Op::LoadGlobal(_))));
    let g = child(&code, "f.<locals>.g");
    assert!(g.ops.contains(&Op::StoreDeref(0)));
}

#[test]
fn fast_locals_and_varnames_order() {
    let m = module(vec![st(StmtKind::FunctionDef(Box::new(FunctionDef {
        name: "f".into(),
        params: Params {
            posonly: vec![Param {
                name: "a".into(),
                default: None,
            }],
            args: vec![Param {
                name: "b".into(),
                default: Some(int(1)),
            }],
            vararg: Some("args".into()),
            kwonly: vec![Param {
                name: "c".into(),
                default: Some(int(2)),
            }],
            kwarg: Some("kw".into()),
        },
        body: vec![assign(name("t"), name("a")), ret(name("t"))],
        decorators: vec![],
        is_async: false,
    })))]);
    let code = compile_ok(&m);
    let f = child(&code, "f");
    assert_eq!(names(&f.varnames), vec!["a", "b", "c", "args", "kw", "t"]);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 1, 1));
    assert!(f.has_varargs && f.has_varkw);
    assert!(code.ops.contains(&Op::MakeFunction(3)));
}

#[test]
fn super_gets_class_cell() {
    // class C:
    //     def m(self): return super()
    let m = module(vec![class(
        "C",
        vec![def("m", &["self"], vec![ret(call(name("super"), vec![]))])],
    )]);
    let code = compile_ok(&m);
    let c = child(&code, "C");
    assert_eq!(c.kind, CodeKind::Class);
    assert_eq!(names(&c.cellvars), vec!["__class__"]);
    assert!(names(&c.names).contains(&"__classcell__"));
    let n = c.ops.len();
    assert_eq!(
        &c.ops[n - 4..],
        &[
            Op::LoadClosure(0),
            Op::StoreName(
                c.names
                    .iter()
                    .position(|x| &**x == "__classcell__")
                    .unwrap() as u32
            ),
            Op::LoadLocals,
            Op::ReturnValue
        ]
    );
    let meth = child(&code, "C.m");
    assert_eq!(names(&meth.freevars), vec!["__class__"]);
    assert!(code.ops.contains(&Op::BuildClass));
}

#[test]
fn class_body_prologue_and_free_names() {
    // def f():
    //     v = 1
    //     class C:
    //         w = v
    let m = module(vec![def(
        "f",
        &[],
        vec![
            assign(name("v"), int(1)),
            class("C", vec![assign(name("w"), name("v"))]),
        ],
    )]);
    let code = compile_ok(&m);
    let c = child(&code, "f.<locals>.C");
    assert_eq!(
        names(&c.names)[..3],
        ["__name__", "__module__", "__qualname__"]
    );
    assert_eq!(c.consts[0], Const::Str("f.<locals>.C".into()));
    assert_eq!(names(&c.freevars), vec!["v"]);
    assert!(c.ops.contains(&Op::LoadDeref(0)));
}

#[test]
fn generators_and_comprehensions() {
    // def gen(): x = yield 1; yield from x
    // def f(): return [a for a in b], (a for a in b)
    let m = module(vec![
        def(
            "gen",
            &[],
            vec![
                assign(name("x"), yield_(int(1))),
                expr_stmt(e(ExprKind::YieldFrom(Box::new(name("x"))))),
            ],
        ),
        def(
            "f",
            &[],
            vec![ret(e(ExprKind::Tuple(vec![
                e(ExprKind::ListComp {
                    elt: Box::new(name("a")),
                    generators: vec![comp("a", name("b"))],
                }),
                e(ExprKind::GeneratorExp {
                    elt: Box::new(name("a")),
                    generators: vec![comp("a", name("b"))],
                }),
            ])))],
        ),
    ]);
    let code = compile_ok(&m);
    let g = child(&code, "gen");
    assert!(g.is_generator);
    assert!(g.ops.contains(&Op::YieldFrom));
    let f = child(&code, "f");
    assert!(!f.is_generator);
    let lc = child(&code, "f.<locals>.<listcomp>");
    assert_eq!(names(&lc.varnames), vec![".0", "a"]);
    assert_eq!(lc.argcount, 1);
    assert!(!lc.is_generator);
    assert!(lc.ops.contains(&Op::ListAppend(2)));
    let ge = child(&code, "f.<locals>.<genexpr>");
    assert!(ge.is_generator);
}

#[test]
fn loops_try_with_and_unwinding_balance() {
    // def f(xs):
    //     for x in xs:
    //         try:
    //             with x as y:
    //                 if y: break
    //                 if x: continue
    //                 return y
    //         except E as e:
    //             return e
    //         finally:
    //             while x:
    //                 break
    //     else:
    //         pass
    //     return 0
    let if_ = |t: Expr, b: Stmt| {
        st(StmtKind::If {
            test: t,
            body: vec![b],
            orelse: vec![],
        })
    };
    let with = st(StmtKind::With {
        items: vec![WithItem {
            context: name("x"),
            target: Some(name("y")),
        }],
        body: vec![
            if_(name("y"), st(StmtKind::Break)),
            if_(name("x"), st(StmtKind::Continue)),
            ret(name("y")),
        ],
    });
    let tr = st(StmtKind::Try(Box::new(Try {
        body: vec![with],
        handlers: vec![ExceptHandler {
            span: sp(),
            typ: Some(name("E")),
            name: Some("e".into()),
            body: vec![ret(name("e"))],
        }],
        orelse: vec![],
        finalbody: vec![st(StmtKind::While {
            test: name("x"),
            body: vec![st(StmtKind::Break)],
            orelse: vec![],
        })],
    })));
    let m = module(vec![def(
        "f",
        &["xs"],
        vec![
            st(StmtKind::For {
                target: name("x"),
                iter: name("xs"),
                body: vec![tr],
                orelse: vec![st(StmtKind::Pass)],
            }),
            ret(int(0)),
        ],
    )]);
    let code = compile_ok(&m);
    let f = child(&code, "f");
    assert!(f.ops.contains(&Op::WithExceptStart));
    assert!(f.ops.contains(&Op::PopExcept));
    assert!(f.ops.iter().any(|o| matches!(o, Op::DeleteFast(_))));
}

#[test]
fn return_inside_finally_inside_except() {
    // def f():
    //     try:
    //         try: pass
    //         finally: return 1
    //     except: return 2
    let inner = st(StmtKind::Try(Box::new(Try {
        body: vec![st(StmtKind::Pass)],
        handlers: vec![],
        orelse: vec![],
        finalbody: vec![ret(int(1))],
    })));
    let outer = st(StmtKind::Try(Box::new(Try {
        body: vec![inner],
        handlers: vec![ExceptHandler {
            span: sp(),
            typ: None,
            name: None,
            body: vec![ret(int(2))],
        }],
        orelse: vec![expr_stmt(int(3))],
        finalbody: vec![],
    })));
    compile_ok(&module(vec![def("f", &[], vec![outer])]));
}

#[test]
fn assignments_unpacking_and_augmented() {
    let sub = |v: Expr, i: Expr| {
        e(ExprKind::Subscript {
            value: Box::new(v),
            index: Box::new(i),
        })
    };
    let m = module(vec![
        st(StmtKind::Assign {
            targets: vec![name("a"), name("b")],
            value: int(1),
        }),
        assign(
            e(ExprKind::Tuple(vec![
                name("a"),
                e(ExprKind::Starred(Box::new(name("b")))),
                name("c"),
            ])),
            name("x"),
        ),
        assign(
            e(ExprKind::List(vec![name("a"), attr(name("o"), "p")])),
            name("x"),
        ),
        st(StmtKind::AugAssign {
            target: sub(name("a"), int(0)),
            op: BinOp::Add,
            value: int(1),
        }),
        st(StmtKind::AugAssign {
            target: attr(name("a"), "b"),
            op: BinOp::Mul,
            value: int(2),
        }),
        st(StmtKind::Delete(vec![name("a"), sub(name("b"), int(0))])),
    ]);
    let code = compile_ok(&m);
    assert!(code.ops.contains(&Op::UnpackEx(1 | (1 << 8))));
    assert!(code.ops.contains(&Op::UnpackSequence(2)));
    assert!(code
        .ops
        .windows(2)
        .any(|w| w == [Op::DupTwo, Op::BinarySubscr]));
    assert!(code.ops.contains(&Op::RotThree));
}

#[test]
fn calls_keywords_and_star_args() {
    let kw = |n: Option<&str>, v: Expr| Keyword {
        span: sp(),
        name: n.map(Into::into),
        value: v,
    };
    let m = module(vec![
        expr_stmt(e(ExprKind::Call {
            func: Box::new(name("f")),
            args: vec![int(1)],
            keywords: vec![kw(Some("k"), int(2))],
        })),
        expr_stmt(e(ExprKind::Call {
            func: Box::new(name("f")),
            args: vec![int(1), e(ExprKind::Starred(Box::new(name("a"))))],
            keywords: vec![kw(Some("k"), int(2)), kw(None, name("d"))],
        })),
        expr_stmt(e(ExprKind::Dict {
            keys: vec![Some(s("a")), None, Some(s("b"))],
            values: vec![int(1), name("d"), int(2)],
        })),
    ]);
    let code = compile_ok(&m);
    assert!(code.ops.contains(&Op::CallKw(2)));
    assert!(code
        .consts
        .contains(&Const::Tuple(vec![Const::Str("k".into())].into())));
    assert!(code.ops.contains(&Op::CallEx(1)));
    assert!(code.ops.contains(&Op::ListToTuple));
    assert!(code.ops.contains(&Op::DictMerge(1)));
    assert!(code.ops.contains(&Op::DictUpdate(1)));
}

#[test]
fn chained_compare_boolops_and_fstrings() {
    let cmp = e(ExprKind::Compare {
        left: Box::new(name("a")),
        ops: vec![CmpOp::Lt, CmpOp::LtE],
        comparators: vec![name("b"), name("c")],
    });
    let bo = e(ExprKind::BoolOp {
        op: BoolOp::Or,
        values: vec![name("a"), name("b"), name("c")],
    });
    let fs = e(ExprKind::FString(vec![
        FStringPart::Literal("x=".into()),
        FStringPart::Field {
            expr: Box::new(name("x")),
            conversion: Some('r'),
            format_spec: vec![],
            debug_text: None,
        },
        FStringPart::Field {
            expr: Box::new(name("y")),
            conversion: None,
            format_spec: vec![FStringPart::Literal(">5".into())],
            debug_text: None,
        },
    ]));
    let code = compile_ok(&module(vec![expr_stmt(cmp), expr_stmt(bo), expr_stmt(fs)]));
    assert!(code.ops.contains(&Op::FormatValue(2)));
    assert!(code.ops.contains(&Op::FormatValue(4)));
    assert!(code.ops.contains(&Op::BuildString(3)));
    assert_eq!(
        code.ops
            .iter()
            .filter(|o| matches!(o, Op::JumpIfTrueOrPop(_)))
            .count(),
        2
    );
}

#[test]
fn decorators_run_innermost_first() {
    let mut d = def("f", &[], vec![st(StmtKind::Pass)]);
    if let StmtKind::FunctionDef(f) = &mut d.kind {
        f.decorators = vec![
            Expr {
                span: at(1),
                kind: ExprKind::Name("a".into()),
            },
            Expr {
                span: at(2),
                kind: ExprKind::Name("b".into()),
            },
        ];
    }
    d.span = at(3);
    let code = compile_ok(&module(vec![d]));
    assert_eq!(
        &code.ops[..6],
        &[
            Op::LoadName(0),
            Op::LoadName(1),
            Op::LoadConst(0),
            Op::MakeFunction(0),
            Op::Call(1),
            Op::Call(1)
        ]
    );
    assert_eq!(code.spans[4].line, 2);
    assert_eq!(code.spans[5].line, 1);
    assert_eq!(child(&code, "f").first_line, 1);
}

#[test]
fn imports() {
    let alias = |n: &str, a: Option<&str>| Alias {
        name: n.into(),
        asname: a.map(Into::into),
        span: sp(),
    };
    let m = module(vec![
        st(StmtKind::Import(vec![
            alias("a.b", None),
            alias("c.d", Some("e")),
        ])),
        st(StmtKind::ImportFrom {
            module: "gevent".into(),
            names: vec![alias("monkey", None)],
            level: 0,
        }),
    ]);
    let code = compile_ok(&m);
    assert_eq!(
        names(&code.names),
        vec!["a.b", "a", "c.d", "e", "gevent", "monkey"]
    );
    assert!(code.ops.contains(&Op::ImportFrom(5)));
}

#[test]
fn syntax_errors_have_cpythons_wording() {
    assert_eq!(
        err_message(&module(vec![ret(int(1))])),
        "'return' outside function"
    );
    assert_eq!(
        err_message(&module(vec![expr_stmt(yield_(int(1)))])),
        "'yield' outside function"
    );
    assert_eq!(
        err_message(&module(vec![class("C", vec![expr_stmt(yield_(int(1)))])])),
        "'yield' outside function"
    );
    assert_eq!(
        err_message(&module(vec![st(StmtKind::Break)])),
        "'break' outside loop"
    );
    assert_eq!(
        err_message(&module(vec![st(StmtKind::Continue)])),
        "'continue' not properly in loop"
    );
    assert_eq!(
        err_message(&module(vec![def(
            "f",
            &[],
            vec![expr_stmt(name("x")), st(StmtKind::Global(vec!["x".into()]))]
        )])),
        "name 'x' is used prior to global declaration"
    );
    assert_eq!(
        err_message(&module(vec![def(
            "f",
            &[],
            vec![
                assign(name("x"), int(1)),
                st(StmtKind::Global(vec!["x".into()]))
            ]
        )])),
        "name 'x' is assigned to before global declaration"
    );
    assert_eq!(
        err_message(&module(vec![st(StmtKind::Nonlocal(vec!["x".into()]))])),
        "nonlocal declaration not allowed at module level"
    );
    assert_eq!(
        err_message(&module(vec![def(
            "f",
            &[],
            vec![st(StmtKind::Nonlocal(vec!["x".into()]))]
        )])),
        "no binding for nonlocal 'x' found"
    );
    assert_eq!(
        err_message(&module(vec![assign(call(name("f"), vec![]), int(1))])),
        "cannot assign to function call here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(
        err_message(&module(vec![st(StmtKind::Delete(vec![int(1)]))])),
        "cannot delete literal"
    );
    assert_eq!(
        err_message(&module(vec![st(StmtKind::AugAssign {
            target: call(name("f"), vec![]),
            op: BinOp::Add,
            value: int(1)
        })])),
        "'function call' is an illegal expression for augmented assignment"
    );
    let mut bad = class("C", vec![]);
    if let StmtKind::ClassDef(c) = &mut bad.kind {
        c.keywords = vec![Keyword {
            span: sp(),
            name: Some("metaclass".into()),
            value: name("M"),
        }];
    }
    let err = compile(&module(vec![bad]), "t.py").unwrap_err();
    assert_eq!(err.class_name(), "NotImplementedError");
}

#[test]
fn error_spans_point_at_the_statement() {
    let mut r = ret(int(1));
    r.span = Span::new(3, 3, 3, 11);
    let err = compile(&module(vec![st(StmtKind::Pass), r]), "t.py").unwrap_err();
    assert_eq!(err.span, Span::new(3, 3, 3, 11));
}

#[test]
fn qualnames_like_cpython() {
    // def f():
    //     g = lambda: 0
    //     class C:
    //         def m(self): pass
    let lam = e(ExprKind::Lambda {
        params: Box::new(Params::default()),
        body: Box::new(int(0)),
    });
    let m = module(vec![
        def(
            "f",
            &[],
            vec![
                assign(name("g"), lam.clone()),
                class("C", vec![def("m", &["self"], vec![st(StmtKind::Pass)])]),
            ],
        ),
        assign(
            name("h"),
            e(ExprKind::ListComp {
                elt: Box::new(lam),
                generators: vec![comp("_", name("x"))],
            }),
        ),
    ]);
    let code = compile_ok(&m);
    child(&code, "f.<locals>.<lambda>");
    child(&code, "f.<locals>.C.m");
    child(&code, "<listcomp>.<lambda>");
}

#[test]
fn internal_marks_every_code() {
    let m = module(vec![def("f", &[], vec![ret(int(1))])]);
    let code = compile_internal(&m, "prelude.py").unwrap();
    assert!(code.is_internal);
    assert!(child(&code, "f").is_internal);
    assert!(!compile(&m, "t.py").unwrap().is_internal);
}

#[test]
fn disassembly_lists_nested_code() {
    let m = module(vec![def("f", &["a"], vec![ret(add(name("a"), int(1)))])]);
    let code = compile_ok(&m);
    let text = crate::lang::dis::disassemble(&code);
    assert!(text.contains("MAKE_FUNCTION"), "{text}");
    assert!(
        text.contains("Disassembly of <code object f, file \"t.py\", line 1>:"),
        "{text}"
    );
    assert!(text.contains("LOAD_FAST"), "{text}");
    assert!(text.contains("BINARY_OP"), "{text}");
}

/// Whether the concurrently written parser works yet.
fn parser_ready() -> bool {
    crate::lang::parse::parse("x = 1\n")
        .map(|m| !m.body.is_empty())
        .unwrap_or(false)
}

fn compile_src(src: &str) -> Result<Rc<Code>, FrontEndError> {
    let m = crate::lang::parse::parse(src)?;
    compile(&m, "t.py")
}

#[test]
fn oracle_cases_compile() {
    if !parser_ready() {
        eprintln!("parser not ready: skipping");
        return;
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/oracle/cases");
    let dir = if dir.exists() {
        dir
    } else {
        std::path::PathBuf::from("/work/shared/oracle/cases")
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut n = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().and_then(|x| x.to_str()) != Some("py") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        match compile_src(&src) {
            Ok(code) => {
                verify(&code);
                n += 1;
            }
            Err(e)
                if matches!(
                    e.kind,
                    crate::lang::error::FrontEndErrorKind::NotSupported { .. }
                ) =>
            {
                eprintln!("{}: {}", path.display(), e.message())
            }
            Err(e) => panic!("{}: {:?}", path.display(), e),
        }
    }
    eprintln!("{n} oracle cases compiled");
}

#[test]
#[should_panic(expected = "return with extra stack")]
fn verifier_catches_unbalanced_code() {
    let mut code = (*compile_ok(&module(vec![]))).clone();
    code.ops.insert(0, Op::LoadConst(0));
    code.spans.insert(0, sp());
    verify(&code);
}

#[test]
fn class_local_that_is_also_free_in_a_method() {
    // def f():
    //     x = 1
    //     class C:
    //         x = 2
    //         def m(self): return x
    let m = module(vec![def(
        "f",
        &[],
        vec![
            assign(name("x"), int(1)),
            class(
                "C",
                vec![
                    assign(name("x"), int(2)),
                    def("m", &["self"], vec![ret(name("x"))]),
                ],
            ),
        ],
    )]);
    let code = compile_ok(&m);
    assert_eq!(names(&child(&code, "f").cellvars), vec!["x"]);
    let c = child(&code, "f.<locals>.C");
    assert_eq!(names(&c.freevars), vec!["x"]);
    assert!(c.ops.iter().any(|o| matches!(o, Op::StoreName(_))));
    assert!(!c.ops.iter().any(|o| matches!(o, Op::StoreDeref(_))));
    assert_eq!(names(&child(&code, "f.<locals>.C.m").freevars), vec!["x"]);
}

#[test]
fn walrus_in_comprehension_binds_outside() {
    // def f(): [(y := a) for a in b]; return y
    let walrus = e(ExprKind::NamedExpr {
        target: "y".into(),
        value: Box::new(name("a")),
    });
    let lc = e(ExprKind::ListComp {
        elt: Box::new(walrus),
        generators: vec![comp("a", name("b"))],
    });
    let m = module(vec![
        def("f", &[], vec![expr_stmt(lc.clone()), ret(name("y"))]),
        expr_stmt(lc),
    ]);
    let code = compile_ok(&m);
    assert_eq!(names(&child(&code, "f").cellvars), vec!["y"]);
    assert!(child(&code, "f.<locals>.<listcomp>")
        .ops
        .contains(&Op::StoreDeref(0)));
    assert!(child(&code, "<listcomp>")
        .ops
        .iter()
        .any(|o| matches!(o, Op::StoreGlobal(_))));
}

#[test]
fn keyword_repeated_and_nesting_limit() {
    let kw = |n: &str| Keyword {
        span: sp(),
        name: Some(n.into()),
        value: int(1),
    };
    let c = e(ExprKind::Call {
        func: Box::new(name("f")),
        args: vec![],
        keywords: vec![kw("a"), kw("a")],
    });
    assert_eq!(
        err_message(&module(vec![expr_stmt(c)])),
        "keyword argument repeated: a"
    );
    let mut body = vec![st(StmtKind::Pass)];
    for _ in 0..21 {
        body = vec![st(StmtKind::While {
            test: name("x"),
            body,
            orelse: vec![],
        })];
    }
    assert_eq!(
        err_message(&module(body)),
        "too many statically nested blocks"
    );
}

/// One line per code object: what CPython's `co_*` fields would say (compare with
/// `python3 -c` over the same files). Run by hand:
/// `COROSCOPE_PY_CORPUS=dir cargo test -p coroscope-engine --lib corpus -- --ignored --nocapture`.
fn code_summary(code: &Code, out: &mut Vec<String>) {
    out.push(format!(
        "{}|{}|{}|{}|{}|{}|{}",
        code.qualname,
        code.first_line,
        code.varnames.join(","),
        code.cellvars.join(","),
        code.freevars.join(","),
        code.argcount,
        code.is_generator
    ));
    for c in &code.consts {
        if let Const::Code(inner) = c {
            code_summary(inner, out);
        }
    }
}

#[test]
#[ignore]
fn corpus() {
    let Ok(dir) = std::env::var("COROSCOPE_PY_CORPUS") else {
        return;
    };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let (mut ok, mut unsupported, mut bad) = (0, 0, 0);
    for path in files {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Ok(m) = crate::lang::parse::parse(&src) else {
            unsupported += 1;
            continue;
        };
        match compile(&m, "t.py") {
            Ok(code) => {
                verify(&code);
                let mut out = Vec::new();
                code_summary(&code, &mut out);
                for line in out {
                    println!("SUMMARY {}|{}", path.display(), line);
                }
                ok += 1;
            }
            Err(e)
                if matches!(
                    e.kind,
                    crate::lang::error::FrontEndErrorKind::NotSupported { .. }
                ) =>
            {
                unsupported += 1
            }
            Err(e) => {
                println!("ERROR {}: {:?}", path.display(), e);
                bad += 1;
            }
        }
    }
    println!("corpus: {ok} compiled, {unsupported} unsupported, {bad} errors");
}

#[test]
fn parsed_sources_errors_and_spans() {
    if !parser_ready() {
        return;
    }
    let err = compile_src("def f():\n    x = 1\n    global x\n").unwrap_err();
    assert_eq!(
        err.message(),
        "name 'x' is assigned to before global declaration"
    );
    assert_eq!(err.span, Span::new(3, 4, 3, 12));
    let err = compile_src("for x in y:\n    pass\nbreak\n").unwrap_err();
    assert_eq!(
        (err.message().as_str(), err.span),
        ("'break' outside loop", Span::new(3, 0, 3, 5))
    );
    // Carets: the call covers the whole call, the attribute load the attribute expression.
    let code = compile_src("a.b(c)\n").unwrap();
    verify(&code);
    let span_of = |op: fn(&Op) -> bool| code.spans[code.ops.iter().position(op).unwrap()];
    assert_eq!(
        span_of(|o| matches!(o, Op::LoadAttr(_))),
        Span::new(1, 0, 1, 3)
    );
    assert_eq!(span_of(|o| matches!(o, Op::Call(_))), Span::new(1, 0, 1, 6));
}
