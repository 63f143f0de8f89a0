//! The engine's AST to bytecode ([`Code`]), following CPython 3.9/3.10's compiler.
//!
//! [`symtable`] decides first where every name lives; this pass then walks the tree once per code
//! object (module, class body, function, lambda, comprehension) and emits ops with the span of the
//! node they come from, chosen as CPython 3.11 chooses them, because tracebacks print carets from
//! them. Jumps are emitted against labels and resolved to absolute indices when a code object is
//! finished.
//!
//! Invariants kept for the VM (see `op.rs`): the stack is balanced on every path and holds only the
//! returned value at `ReturnValue`; every `SetupFinally` is matched by a `PopBlock` on the normal
//! path; `break`, `continue` and `return` leave enclosing blocks through a CPython-style "fblock"
//! stack, which pops `for` iterators, pops handler blocks, runs `finally` bodies inline and calls
//! `__exit__` of enclosing `with` blocks. No constant folding is done.
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::ast::*;
use super::error::FrontEndError;
use super::op::{Code, CodeKind, Const, Op};
use super::symtable::{self, BlockKind, CompKind, NameScope, ScopeId, SymbolTable};

type R = Result<(), FrontEndError>;

/// Compile a module. `filename` is the base name tracebacks print.
pub fn compile(module: &Module, filename: &str) -> Result<Rc<Code>, FrontEndError> {
    compile_with(module, filename, false)
}

/// Like [`compile`], for the engine's own Python prelude: every code object is marked
/// `is_internal`, so tracebacks and the trace hide it.
pub fn compile_internal(module: &Module, filename: &str) -> Result<Rc<Code>, FrontEndError> {
    compile_with(module, filename, true)
}

fn compile_with(
    module: &Module,
    filename: &str,
    internal: bool,
) -> Result<Rc<Code>, FrontEndError> {
    let st = symtable::build(module)?;
    let mut c = Compiler {
        st: &st,
        filename: filename.into(),
        internal,
        units: Vec::new(),
    };
    c.enter_unit(0, CodeKind::Module, "<module>".into(), "<module>".into(), 1);
    c.stmts(&module.body)?;
    let span = module
        .body
        .last()
        .map(|s| s.span)
        .unwrap_or(Span::new(1, 0, 1, 0));
    c.load_const(Const::None, span);
    c.emit(Op::ReturnValue, span);
    Ok(Rc::new(c.leave_unit()?))
}

/// The jump target of `op`, if it has one (absolute instruction index in a finished code).
pub fn jump_target(op: &Op) -> Option<u32> {
    let mut op = *op;
    jump_target_mut(&mut op).map(|t| *t)
}

fn jump_target_mut(op: &mut Op) -> Option<&mut u32> {
    match op {
        Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::ForIter(t)
        | Op::SetupFinally(t)
        | Op::JumpIfNotExcMatch(t) => Some(t),
        _ => None,
    }
}

/// A jump destination inside the code being built; bound to an instruction index later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(u32);

/// What `break`/`continue`/`return` must undo on their way out (CPython's `fblockinfo`).
#[derive(Clone, Debug)]
enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    /// The iterator is on the stack.
    ForLoop {
        start: Label,
        exit: Label,
    },
    /// Inside `try:` of a try/except: a handler block is set up.
    TryExcept,
    /// Inside `try:` of a try/finally: leaving runs the finally body.
    FinallyTry(&'a [Stmt]),
    /// Inside a finally body reached by an exception: the exception is on the stack and being
    /// handled.
    FinallyEnd,
    /// Inside a `with` body: `__exit__` is on the stack and a handler block is set up.
    With,
    /// Inside an except clause; with `as name` a cleanup handler is set up too.
    HandlerCleanup(Option<&'a str>),
    /// A value waiting to be returned while a finally body runs.
    PopValue,
}

impl FBlock<'_> {
    fn is_loop(&self) -> bool {
        matches!(self, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. })
    }
}

/// One code object under construction.
struct Unit<'a> {
    scope: ScopeId,
    kind: CodeKind,
    name: Rc<str>,
    qualname: Rc<str>,
    first_line: u32,
    ops: Vec<Op>,
    spans: Vec<Span>,
    consts: Vec<Const>,
    names: Vec<Rc<str>>,
    varnames: Vec<Rc<str>>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    labels: Vec<Option<u32>>,
    fblocks: Vec<FBlock<'a>>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    has_varargs: bool,
    has_varkw: bool,
    is_generator: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Display {
    List,
    Tuple,
    Set,
}

struct Compiler<'a> {
    st: &'a SymbolTable,
    filename: Rc<str>,
    internal: bool,
    units: Vec<Unit<'a>>,
}

fn internal_error(what: &str, span: Span) -> FrontEndError {
    FrontEndError::not_supported(format!("compiler: {what}"), span)
}

/// Two constants may share a slot: floats compare by bits (`0.0` vs `-0.0`), code never shares.
fn same_const(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Code(_), _) | (_, Const::Code(_)) => false,
        (Const::Tuple(x), Const::Tuple(y)) | (Const::FrozenSet(x), Const::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same_const(p, q))
        }
        _ => a == b,
    }
}

fn const_of(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Int(i) => match i.to_i64() {
            Some(v) => Const::Int(v),
            None => Const::BigInt(Rc::new(i.clone())),
        },
        Constant::Float(f) => Const::Float(*f),
        Constant::Str(s) => Const::Str(s.as_str().into()),
        Constant::Bytes(b) => Const::Bytes(b.as_slice().into()),
        Constant::Ellipsis => Const::Ellipsis,
    }
}

/// The constant an expression folds to, as CPython's AST optimizer folds it (a literal, a
/// signed number, a tuple of constants); only used where the folding changes what runs.
fn folded_const(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Const(c) => Some(const_of(c)),
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => match folded_const(operand)? {
            Const::Int(i) => Some(match i.checked_neg() {
                Some(n) => Const::Int(n),
                None => Const::BigInt(Rc::new(-BigInt::from(i))),
            }),
            Const::BigInt(b) => Some(Const::BigInt(Rc::new(-(*b).clone()))),
            Const::Float(f) => Some(Const::Float(-f)),
            _ => None,
        },
        ExprKind::Tuple(items) => {
            let items: Option<Vec<Const>> = items.iter().map(folded_const).collect();
            Some(Const::Tuple(items?.into()))
        }
        _ => None,
    }
}

/// A constant whose truth is known: `while True:` and `while 1:` need no test (CPython drops it).
fn always_true(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Const(Constant::Bool(b)) => *b,
        ExprKind::Const(Constant::Int(i)) => *i != BigInt::from(0),
        ExprKind::Const(Constant::Str(s)) => !s.is_empty(),
        _ => false,
    }
}

/// How CPython's parser names an expression in "cannot assign to …".
fn expr_description(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Name(_) => "name",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Const(Constant::None) => "None",
        ExprKind::Const(Constant::Bool(true)) => "True",
        ExprKind::Const(Constant::Bool(false)) => "False",
        ExprKind::Const(Constant::Ellipsis) => "ellipsis",
        ExprKind::Const(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

impl<'a> Compiler<'a> {
    // ---- units, labels, emission ----

    fn enter_unit(
        &mut self,
        scope: ScopeId,
        kind: CodeKind,
        name: Rc<str>,
        qualname: Rc<str>,
        first_line: u32,
    ) {
        let sc = &self.st.scopes[scope];
        let varnames = if kind == CodeKind::Function {
            sc.params.iter().map(|p| Rc::from(p.as_str())).collect()
        } else {
            Vec::new()
        };
        self.units.push(Unit {
            scope,
            kind,
            name,
            qualname,
            first_line,
            ops: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars: sc.cellvars.iter().map(|s| Rc::from(s.as_str())).collect(),
            freevars: sc.freevars.iter().map(|s| Rc::from(s.as_str())).collect(),
            labels: Vec::new(),
            fblocks: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            has_varargs: false,
            has_varkw: false,
            is_generator: sc.is_generator,
        });
    }

    fn leave_unit(&mut self) -> Result<Code, FrontEndError> {
        let Some(mut u) = self.units.pop() else {
            return Err(internal_error("no code unit", Span::default()));
        };
        for (i, op) in u.ops.iter_mut().enumerate() {
            if let Some(t) = jump_target_mut(op) {
                match u.labels.get(*t as usize).copied().flatten() {
                    Some(pos) => *t = pos,
                    None => return Err(internal_error("unbound label", u.spans[i])),
                }
            }
        }
        let nparams =
            (u.argcount + u.kwonlyargcount + u.has_varargs as u32 + u.has_varkw as u32) as usize;
        let mut cell_params = Vec::new();
        for (ci, cell) in u.cellvars.iter().enumerate() {
            if let Some(vi) = u.varnames.iter().take(nparams).position(|v| v == cell) {
                cell_params.push((ci as u32, vi as u32));
            }
        }
        Ok(Code {
            kind: u.kind,
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            ops: u.ops,
            spans: u.spans,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_params,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            has_varargs: u.has_varargs,
            has_varkw: u.has_varkw,
            is_generator: u.is_generator,
            is_internal: self.internal,
        })
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        // `compile_with` pushes the module unit before anything is emitted and pops it last.
        self.units
            .last_mut()
            .expect("a code unit is always open while compiling")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a code unit is always open while compiling")
    }

    fn scope_kind(&self) -> BlockKind {
        self.st.scopes[self.unit_ref().scope].kind
    }

    fn emit(&mut self, op: Op, span: Span) {
        let u = self.unit();
        u.ops.push(op);
        u.spans.push(span);
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.unit();
        let pos = u.ops.len() as u32;
        u.labels[l.0 as usize] = Some(pos);
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let u = self.unit();
        if let Some(i) = u.consts.iter().position(|x| same_const(x, &c)) {
            return i as u32;
        }
        u.consts.push(c);
        u.consts.len() as u32 - 1
    }

    fn load_const(&mut self, c: Const, span: Span) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst(i), span);
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.names.iter().position(|x| &**x == name) {
            return i as u32;
        }
        u.names.push(name.into());
        u.names.len() as u32 - 1
    }

    fn mangle(&self, name: &str) -> String {
        symtable::mangle(
            self.st.scopes[self.unit_ref().scope].private.as_deref(),
            name,
        )
    }

    // ---- names ----

    /// Load, store or delete a variable, choosing the op family from the symbol table
    /// (CPython's `compiler_nameop`).
    fn name_op(&mut self, name: &str, ctx: Ctx, span: Span) -> R {
        let mangled = self.mangle(name);
        let scope = &self.st.scopes[self.unit_ref().scope];
        let function_like = scope.kind.is_function_like();
        enum Family {
            Fast,
            Global,
            Deref,
            Name,
        }
        let family = match scope.lookup(&mangled) {
            Some(NameScope::Free) | Some(NameScope::Cell) => Family::Deref,
            Some(NameScope::Local) if function_like => Family::Fast,
            Some(NameScope::GlobalImplicit) | None if function_like => Family::Global,
            Some(NameScope::GlobalExplicit) => Family::Global,
            _ => Family::Name,
        };
        match family {
            Family::Fast => {
                let u = self.unit();
                let i = match u.varnames.iter().position(|v| **v == *mangled) {
                    Some(i) => i,
                    None => {
                        u.varnames.push(mangled.as_str().into());
                        u.varnames.len() - 1
                    }
                } as u32;
                let op = match ctx {
                    Ctx::Load => Op::LoadFast(i),
                    Ctx::Store => Op::StoreFast(i),
                    Ctx::Del => Op::DeleteFast(i),
                };
                self.emit(op, span);
            }
            Family::Deref => {
                let i = self.deref_index(&mangled, span)?;
                let op = match ctx {
                    Ctx::Load => Op::LoadDeref(i),
                    Ctx::Store => Op::StoreDeref(i),
                    Ctx::Del => Op::DeleteDeref(i),
                };
                self.emit(op, span);
            }
            Family::Global => {
                let i = self.add_name(&mangled);
                let op = match ctx {
                    Ctx::Load => Op::LoadGlobal(i),
                    Ctx::Store => Op::StoreGlobal(i),
                    Ctx::Del => Op::DeleteGlobal(i),
                };
                self.emit(op, span);
            }
            Family::Name => {
                let i = self.add_name(&mangled);
                let op = match ctx {
                    Ctx::Load => Op::LoadName(i),
                    Ctx::Store => Op::StoreName(i),
                    Ctx::Del => Op::DeleteName(i),
                };
                self.emit(op, span);
            }
        }
        Ok(())
    }

    /// Cell slot of a cell or free variable: cellvars first, then freevars.
    fn deref_index(&self, name: &str, span: Span) -> Result<u32, FrontEndError> {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|c| &**c == name) {
            return Ok(i as u32);
        }
        if let Some(i) = u.freevars.iter().position(|c| &**c == name) {
            return Ok((u.cellvars.len() + i) as u32);
        }
        Err(internal_error(&format!("no cell for '{name}'"), span))
    }

    // ---- statements ----

    fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R {
        let sp = s.span;
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, s)?,
            StmtKind::ClassDef(c) => self.class_def(c, s)?,
            StmtKind::Return(value) => {
                if !self.scope_kind().is_function_like() {
                    return Err(FrontEndError::syntax("'return' outside function", sp));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None, sp),
                }
                self.unwind_fblock_stack(true, false, sp)?;
                self.emit(Op::ReturnValue, sp);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for (i, t) in targets.iter().enumerate() {
                    self.check_assign_target(t, i == 0)?;
                }
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup, sp);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value, sp)?,
            StmtKind::AnnAssign { target, value } => match value {
                Some(v) => {
                    self.check_assign_target(target, false)?;
                    self.expr(v)?;
                    self.store(target)?;
                }
                // Without a value only the target's parts are evaluated, as CPython does.
                None => match &target.kind {
                    ExprKind::Name(_) => {}
                    ExprKind::Attribute { value, .. } => {
                        self.expr(value)?;
                        self.emit(Op::Pop, sp);
                    }
                    ExprKind::Subscript { value, index } => {
                        self.expr(value)?;
                        self.expr(index)?;
                        self.emit(Op::Pop, sp);
                        self.emit(Op::Pop, sp);
                    }
                    _ => {
                        return Err(FrontEndError::syntax(
                            format!("cannot assign to {}", expr_description(target)),
                            target.span,
                        ))
                    }
                },
            },
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_stmt(target, iter, body, orelse, sp)?,
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse, sp)?,
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let else_ = if orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(test, false, else_)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit(Op::Jump(end.0), sp);
                    self.bind(else_);
                    self.stmts(orelse)?;
                }
                self.bind(end);
            }
            StmtKind::With { items, body } => {
                if items.is_empty() {
                    return Err(FrontEndError::syntax("invalid syntax", sp));
                }
                self.with_stmt(items, body, sp)?
            }
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, None) => self.emit(Op::Raise(0), sp),
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Op::Raise(1), sp);
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Op::Raise(2), sp);
                }
                (None, Some(_)) => return Err(FrontEndError::syntax("invalid syntax", sp)),
            },
            StmtKind::Try(t) => {
                if t.handlers.is_empty() && t.finalbody.is_empty() {
                    return Err(FrontEndError::syntax(
                        "expected 'except' or 'finally' block",
                        sp,
                    ));
                }
                if t.finalbody.is_empty() {
                    self.try_except(t, sp)?;
                } else {
                    self.try_finally(t, sp)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                match msg {
                    Some(m) => {
                        self.expr(m)?;
                        self.emit(Op::RaiseAssert(1), sp);
                    }
                    None => self.emit(Op::RaiseAssert(0), sp),
                }
                self.bind(end);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    // `ImportName` pushes the named module itself: `import a.b as c` binds it,
                    // `import a.b` imports it and then binds the top package `a`.
                    let idx = self.add_name(&a.name);
                    self.emit(Op::ImportName(idx), sp);
                    match &a.asname {
                        Some(asname) => self.name_op(asname, Ctx::Store, sp)?,
                        None => {
                            let top = a.name.split('.').next().unwrap_or("");
                            if top != a.name {
                                self.emit(Op::Pop, sp);
                                let top_idx = self.add_name(top);
                                self.emit(Op::ImportName(top_idx), sp);
                            }
                            self.name_op(top, Ctx::Store, sp)?;
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if *level > 0 {
                    return Err(FrontEndError::not_supported("relative imports", sp));
                }
                let idx = self.add_name(module);
                self.emit(Op::ImportName(idx), sp);
                if names.len() == 1 && names[0].name == "*" {
                    if self.scope_kind() != BlockKind::Module {
                        return Err(FrontEndError::syntax(
                            "import * only allowed at module level",
                            sp,
                        ));
                    }
                    self.emit(Op::ImportStar, sp);
                } else {
                    for a in names {
                        let i = self.add_name(&a.name);
                        self.emit(Op::ImportFrom(i), sp);
                        let bound = a.asname.as_deref().unwrap_or(&a.name);
                        self.name_op(bound, Ctx::Store, sp)?;
                    }
                    self.emit(Op::Pop, sp);
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {
                if matches!(s.kind, StmtKind::Nonlocal(_)) && self.scope_kind() == BlockKind::Module
                {
                    return Err(FrontEndError::syntax(
                        "nonlocal declaration not allowed at module level",
                        sp,
                    ));
                }
            }
            StmtKind::Expr(e) => {
                if let ExprKind::Const(_) = e.kind {
                    // A docstring or `...`: nothing runs, but the line is still a step.
                    self.emit(Op::Nop, sp);
                } else {
                    self.expr(e)?;
                    self.emit(Op::Pop, sp);
                }
            }
            StmtKind::Pass => self.emit(Op::Nop, sp),
            StmtKind::Break => {
                let Some(lp) = self.unwind_fblock_stack(false, true, sp)? else {
                    return Err(FrontEndError::syntax("'break' outside loop", sp));
                };
                self.unwind_fblock(&lp, false, sp)?;
                match lp {
                    FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => {
                        self.emit(Op::Jump(exit.0), sp)
                    }
                    _ => return Err(internal_error("break target", sp)),
                }
            }
            StmtKind::Continue => {
                let Some(lp) = self.unwind_fblock_stack(false, true, sp)? else {
                    return Err(FrontEndError::syntax("'continue' not properly in loop", sp));
                };
                match lp {
                    FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } => {
                        self.emit(Op::Jump(start.0), sp)
                    }
                    _ => return Err(internal_error("continue target", sp)),
                }
            }
        }
        Ok(())
    }

    /// Enter a block; CPython allows 20 statically nested ones (`CO_MAXBLOCKS`).
    fn push_fblock(&mut self, fb: FBlock<'a>, sp: Span) -> R {
        if self.unit().fblocks.len() >= 20 {
            return Err(FrontEndError::syntax(
                "too many statically nested blocks",
                sp,
            ));
        }
        self.unit().fblocks.push(fb);
        Ok(())
    }

    /// Undo the blocks between here and the target of `return` (all of them) or of
    /// `break`/`continue` (up to the innermost loop, which is returned, not undone).
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
        sp: Span,
    ) -> Result<Option<FBlock<'a>>, FrontEndError> {
        let Some(top) = self.unit().fblocks.last().cloned() else {
            return Ok(None);
        };
        if to_loop && top.is_loop() {
            return Ok(Some(top));
        }
        self.unit().fblocks.pop();
        // The block's own cleanup (a finally body) compiles with the block already gone, so a
        // `return` inside it does not run it again.
        let res = self
            .unwind_fblock(&top, preserve_tos, sp)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, to_loop, sp));
        self.unit().fblocks.push(top);
        res
    }

    /// Leave one block (CPython's `compiler_unwind_fblock`). With `preserve_tos` a value to be
    /// returned sits on top of whatever the block keeps on the stack.
    fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool, sp: Span) -> R {
        match fb {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::RotTwo, sp);
                }
                self.emit(Op::Pop, sp);
            }
            FBlock::TryExcept => self.emit(Op::PopBlock, sp),
            FBlock::FinallyTry(body) => {
                self.emit(Op::PopBlock, sp);
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::RotTwo, sp);
                }
                self.emit(Op::Pop, sp);
                self.emit(Op::PopExcept, sp);
            }
            FBlock::With => {
                self.emit(Op::PopBlock, sp);
                if preserve_tos {
                    self.emit(Op::RotTwo, sp);
                }
                self.call_exit_with_nones(sp);
                self.emit(Op::Pop, sp);
            }
            FBlock::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit(Op::PopBlock, sp);
                }
                self.emit(Op::PopExcept, sp);
                if let Some(n) = name {
                    self.clear_name(n, sp)?;
                }
            }
        }
        Ok(())
    }

    /// `name = None; del name`: what CPython does at the end of `except E as name:`.
    fn clear_name(&mut self, name: &str, sp: Span) -> R {
        self.load_const(Const::None, sp);
        self.name_op(name, Ctx::Store, sp)?;
        self.name_op(name, Ctx::Del, sp)
    }

    /// `[exit] -> [exit(None, None, None)]`
    fn call_exit_with_nones(&mut self, sp: Span) {
        for _ in 0..3 {
            self.load_const(Const::None, sp);
        }
        self.emit(Op::Call(3), sp);
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        sp: Span,
    ) -> R {
        self.check_assign_target(target, false)?;
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.emit(Op::GetIter, sp);
        self.bind(start);
        self.emit(Op::ForIter(cleanup.0), sp);
        self.push_fblock(FBlock::ForLoop { start, exit: end }, sp)?;
        self.store(target)?;
        self.stmts(body)?;
        // CPython gives the jump back the last body statement's position.
        let back = body.last().map(|s| s.span).unwrap_or(sp);
        self.emit(Op::Jump(start.0), back);
        self.unit().fblocks.pop();
        self.bind(cleanup);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt], sp: Span) -> R {
        let start = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        let infinite = always_true(test);
        if infinite {
            self.emit(Op::Nop, sp);
        }
        self.bind(start);
        if !infinite {
            self.jump_if(test, false, anchor)?;
        }
        self.push_fblock(FBlock::WhileLoop { start, exit: end }, sp)?;
        self.stmts(body)?;
        self.emit(Op::Jump(start.0), sp);
        self.unit().fblocks.pop();
        self.bind(anchor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `with a as x, b as y:` nests one block per item.
    ///
    /// The target is stored before the handler block is set up, so that the handler finds only
    /// `__exit__` on the stack (`WithExceptStart` wants `[exit, e]`).
    fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt], sp: Span) -> R {
        let item = &items[0];
        let exit = self.new_label();
        let handler = self.new_label();
        let suppress = self.new_label();
        self.expr(&item.context)?;
        self.emit(Op::BeforeWith, sp);
        match &item.target {
            Some(t) => {
                self.check_assign_target(t, false)?;
                self.store(t)?
            }
            None => self.emit(Op::Pop, sp),
        }
        self.emit(Op::SetupFinally(handler.0), sp);
        self.push_fblock(FBlock::With, sp)?;
        if items.len() > 1 {
            self.with_stmt(&items[1..], body, sp)?;
        } else {
            self.stmts(body)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, sp);
        self.call_exit_with_nones(sp);
        self.emit(Op::Pop, sp);
        self.emit(Op::Jump(exit.0), sp);
        // [exit, e]
        self.bind(handler);
        self.emit(Op::WithExceptStart, sp);
        self.emit(Op::PopJumpIfTrue(suppress.0), sp);
        self.emit(Op::Reraise, sp);
        self.bind(suppress);
        self.emit(Op::Pop, sp);
        self.emit(Op::PopExcept, sp);
        self.emit(Op::Pop, sp);
        self.bind(exit);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a Try, sp: Span) -> R {
        let handler = self.new_label();
        let exit = self.new_label();
        self.emit(Op::SetupFinally(handler.0), sp);
        self.push_fblock(FBlock::FinallyTry(&t.finalbody), sp)?;
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_except(t, sp)?;
        }
        self.emit(Op::PopBlock, sp);
        self.unit().fblocks.pop();
        self.stmts(&t.finalbody)?;
        self.emit(Op::Jump(exit.0), sp);
        // [e]
        self.bind(handler);
        self.push_fblock(FBlock::FinallyEnd, sp)?;
        self.stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise, sp);
        self.bind(exit);
        Ok(())
    }

    fn try_except(&mut self, t: &'a Try, sp: Span) -> R {
        let except = self.new_label();
        let end = self.new_label();
        self.emit(Op::SetupFinally(except.0), sp);
        self.push_fblock(FBlock::TryExcept, sp)?;
        self.stmts(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, sp);
        // The else body comes before the handlers, as in CPython 3.10+ (which also decides the
        // order of new locals in `co_varnames`).
        self.stmts(&t.orelse)?;
        self.emit(Op::Jump(end.0), sp);
        // [e]
        self.bind(except);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let hs = h.span;
            if h.typ.is_none() && i + 1 < n {
                return Err(FrontEndError::syntax("default 'except:' must be last", hs));
            }
            let next = self.new_label();
            if let Some(typ) = &h.typ {
                self.expr(typ)?;
                self.emit(Op::JumpIfNotExcMatch(next.0), hs);
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, Ctx::Store, hs)?;
                    // The name is cleared however the handler ends, as CPython does.
                    let cleanup = self.new_label();
                    self.emit(Op::SetupFinally(cleanup.0), hs);
                    self.push_fblock(FBlock::HandlerCleanup(Some(name)), hs)?;
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Op::PopBlock, hs);
                    self.emit(Op::PopExcept, hs);
                    self.clear_name(name, hs)?;
                    self.emit(Op::Jump(end.0), hs);
                    // [e2]
                    self.bind(cleanup);
                    self.clear_name(name, hs)?;
                    self.emit(Op::Reraise, hs);
                }
                None => {
                    self.emit(Op::Pop, hs);
                    self.push_fblock(FBlock::HandlerCleanup(None), hs)?;
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Op::PopExcept, hs);
                    self.emit(Op::Jump(end.0), hs);
                }
            }
            self.bind(next);
        }
        self.emit(Op::Reraise, sp);
        self.bind(end);
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr, sp: Span) -> R {
        let ts = target.span;
        match &target.kind {
            ExprKind::Name(n) => {
                self.name_op(n, Ctx::Load, ts)?;
                self.expr(value)?;
                self.emit(Op::InplaceOp(op), sp);
                self.name_op(n, Ctx::Store, ts)?;
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Dup, ts);
                let i = self.attr_name(attr);
                self.emit(Op::LoadAttr(i), ts);
                self.expr(value)?;
                self.emit(Op::InplaceOp(op), sp);
                self.emit(Op::RotTwo, ts);
                self.emit(Op::StoreAttr(i), ts);
            }
            ExprKind::Subscript {
                value: container,
                index,
            } => {
                self.expr(container)?;
                self.expr(index)?;
                self.emit(Op::DupTwo, ts);
                self.emit(Op::BinarySubscr, ts);
                self.expr(value)?;
                self.emit(Op::InplaceOp(op), sp);
                self.emit(Op::RotThree, ts);
                self.emit(Op::StoreSubscr, ts);
            }
            _ => {
                return Err(FrontEndError::syntax(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_description(target)
                    ),
                    ts,
                ))
            }
        }
        Ok(())
    }

    /// Reject targets CPython's parser rejects, with its wording. `first` marks the first target
    /// of an assignment statement, which gets the "Maybe you meant '=='" hint.
    fn check_assign_target(&self, t: &Expr, first: bool) -> R {
        match &t.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Starred(v) => self.check_assign_target(v, false),
            ExprKind::Tuple(es) | ExprKind::List(es) => {
                for e in es {
                    self.check_assign_target(e, false)?;
                }
                Ok(())
            }
            ExprKind::Const(Constant::None | Constant::Bool(_)) => Err(FrontEndError::syntax(
                format!("cannot assign to {}", expr_description(t)),
                t.span,
            )),
            _ if first => Err(FrontEndError::syntax(
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_description(t)
                ),
                t.span,
            )),
            _ => Err(FrontEndError::syntax(
                format!("cannot assign to {}", expr_description(t)),
                t.span,
            )),
        }
    }

    /// Store TOS into a target. `[v] -> []`
    fn store(&mut self, t: &'a Expr) -> R {
        let sp = t.span;
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Store, sp)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.attr_name(attr);
                self.emit(Op::StoreAttr(i), sp);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::StoreSubscr, sp);
            }
            ExprKind::Tuple(es) | ExprKind::List(es) => {
                let stars: Vec<usize> = es
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| is_starred(e))
                    .map(|(i, _)| i)
                    .collect();
                match stars.as_slice() {
                    [] => self.emit(Op::UnpackSequence(es.len() as u32), sp),
                    [i] => {
                        let before = *i;
                        let after = es.len() - i - 1;
                        if before >= 256 || after >= (1 << 24) {
                            return Err(FrontEndError::syntax(
                                "too many expressions in star-unpacking assignment",
                                sp,
                            ));
                        }
                        self.emit(Op::UnpackEx((before | (after << 8)) as u32), sp);
                    }
                    _ => {
                        return Err(FrontEndError::syntax(
                            "multiple starred expressions in assignment",
                            sp,
                        ))
                    }
                }
                for e in es {
                    match &e.kind {
                        ExprKind::Starred(v) => self.store(v)?,
                        _ => self.store(e)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(FrontEndError::syntax(
                    "starred assignment target must be in a list or tuple",
                    sp,
                ))
            }
            _ => {
                return Err(FrontEndError::syntax(
                    format!("cannot assign to {}", expr_description(t)),
                    sp,
                ))
            }
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> R {
        let sp = t.span;
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Del, sp)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.attr_name(attr);
                self.emit(Op::DeleteAttr(i), sp);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::DeleteSubscr, sp);
            }
            ExprKind::Tuple(es) | ExprKind::List(es) => {
                for e in es {
                    self.delete(e)?;
                }
            }
            _ => {
                return Err(FrontEndError::syntax(
                    format!("cannot delete {}", expr_description(t)),
                    sp,
                ))
            }
        }
        Ok(())
    }

    fn attr_name(&mut self, attr: &str) -> u32 {
        let m = self.mangle(attr);
        self.add_name(&m)
    }

    // ---- functions and classes ----

    /// `__qualname__` of a new scope named `name` opened from the current unit
    /// (CPython's `compiler_set_qualname`).
    fn qualname(&self, name: &str, def_or_class: bool) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.unit_ref();
        let pscope = &self.st.scopes[parent.scope];
        if def_or_class && pscope.lookup(&self.mangle(name)) == Some(NameScope::GlobalExplicit) {
            return name.to_string();
        }
        match pscope.kind {
            BlockKind::Function | BlockKind::Lambda => {
                format!("{}.<locals>.{}", parent.qualname, name)
            }
            _ => format!("{}.{}", parent.qualname, name),
        }
    }

    /// Push the defaults tuple and keyword-only defaults dict; returns the `MakeFunction` flags.
    fn defaults(&mut self, params: &'a Params, sp: Span) -> Result<u32, FrontEndError> {
        let mut flags = 0;
        let mut n = 0;
        for p in params.posonly.iter().chain(&params.args) {
            if let Some(d) = &p.default {
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BuildTuple(n), sp);
            flags |= 1;
        }
        let mut k = 0;
        for p in &params.kwonly {
            if let Some(d) = &p.default {
                let name = self.mangle(&p.name);
                self.load_const(Const::Str(name.as_str().into()), sp);
                self.expr(d)?;
                k += 1;
            }
        }
        if k > 0 {
            self.emit(Op::BuildMap(k), sp);
            flags |= 2;
        }
        Ok(flags)
    }

    fn set_arg_counts(&mut self, params: &Params) {
        let u = self.unit();
        u.argcount = (params.posonly.len() + params.args.len()) as u32;
        u.posonlyargcount = params.posonly.len() as u32;
        u.kwonlyargcount = params.kwonly.len() as u32;
        u.has_varargs = params.vararg.is_some();
        u.has_varkw = params.kwarg.is_some();
    }

    /// Push the function made from `code`, with its closure tuple if it has free variables.
    fn make_function(&mut self, code: Code, mut flags: u32, sp: Span) -> R {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let i = self.deref_index(name, sp)?;
                self.emit(Op::LoadClosure(i), sp);
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32), sp);
            flags |= 8;
        }
        self.load_const(Const::Code(Rc::new(code)), sp);
        self.emit(Op::MakeFunction(flags), sp);
        Ok(())
    }

    fn scope_id<T>(&self, node: &T, sp: Span) -> Result<ScopeId, FrontEndError> {
        self.st
            .scope_of(node)
            .ok_or_else(|| internal_error("scope not analysed", sp))
    }

    fn function_def(&mut self, f: &'a FunctionDef, s: &'a Stmt) -> R {
        let sp = s.span;
        if f.is_async {
            return Err(FrontEndError::not_supported("async functions", sp));
        }
        for d in &f.decorators {
            self.expr(d)?;
        }
        let flags = self.defaults(&f.params, sp)?;
        let scope = self.scope_id(f, sp)?;
        let qualname = self.qualname(&f.name, true);
        let first_line = f
            .decorators
            .iter()
            .map(|d| d.span.line)
            .chain([sp.line])
            .min()
            .unwrap_or(sp.line);
        self.enter_unit(
            scope,
            CodeKind::Function,
            f.name.as_str().into(),
            qualname.into(),
            first_line,
        );
        self.set_arg_counts(&f.params);
        self.stmts(&f.body)?;
        let end = f.body.last().map(|s| s.span).unwrap_or(sp);
        self.load_const(Const::None, end);
        self.emit(Op::ReturnValue, end);
        let code = self.leave_unit()?;
        self.make_function(code, flags, sp)?;
        for d in f.decorators.iter().rev() {
            self.emit(Op::Call(1), d.span);
        }
        self.name_op(&f.name, Ctx::Store, sp)
    }

    fn class_def(&mut self, c: &'a ClassDef, s: &'a Stmt) -> R {
        let sp = s.span;
        if let Some(k) = c.keywords.first() {
            return Err(FrontEndError::not_supported(
                "class keyword arguments (such as metaclass=)",
                k.span,
            ));
        }
        for d in &c.decorators {
            self.expr(d)?;
        }
        let scope = self.scope_id(c, sp)?;
        let qualname = self.qualname(&c.name, true);
        let first_line = c
            .decorators
            .iter()
            .map(|d| d.span.line)
            .chain([sp.line])
            .min()
            .unwrap_or(sp.line);
        self.enter_unit(
            scope,
            CodeKind::Class,
            c.name.as_str().into(),
            qualname.as_str().into(),
            first_line,
        );
        let i = self.add_name("__name__");
        self.emit(Op::LoadName(i), sp);
        let i = self.add_name("__module__");
        self.emit(Op::StoreName(i), sp);
        self.load_const(Const::Str(qualname.as_str().into()), sp);
        let i = self.add_name("__qualname__");
        self.emit(Op::StoreName(i), sp);
        self.stmts(&c.body)?;
        let end = c.body.last().map(|s| s.span).unwrap_or(sp);
        if self.st.scopes[scope].needs_class_closure {
            // The VM fills this cell with the new class, which `super()` reads.
            let ci = self.deref_index("__class__", sp)?;
            self.emit(Op::LoadClosure(ci), end);
            let i = self.add_name("__classcell__");
            self.emit(Op::StoreName(i), end);
        }
        self.emit(Op::LoadLocals, end);
        self.emit(Op::ReturnValue, end);
        let code = self.leave_unit()?;
        self.make_function(code, 0, sp)?;
        self.load_const(Const::Str(c.name.as_str().into()), sp);
        self.display(&c.bases, Display::Tuple, sp)?;
        self.emit(Op::BuildClass, sp);
        for d in c.decorators.iter().rev() {
            self.emit(Op::Call(1), d.span);
        }
        self.name_op(&c.name, Ctx::Store, sp)
    }

    fn lambda(&mut self, e: &'a Expr, params: &'a Params, body: &'a Expr) -> R {
        let sp = e.span;
        let flags = self.defaults(params, sp)?;
        let scope = self.scope_id(e, sp)?;
        let qualname = self.qualname("<lambda>", false);
        self.enter_unit(
            scope,
            CodeKind::Function,
            "<lambda>".into(),
            qualname.into(),
            sp.line,
        );
        self.set_arg_counts(params);
        self.expr(body)?;
        self.emit(Op::ReturnValue, body.span);
        let code = self.leave_unit()?;
        self.make_function(code, flags, sp)
    }

    /// A comprehension is a function of one argument, the iterator of its first `for`, which is
    /// evaluated here in the enclosing scope.
    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        elts: &[&'a Expr],
        generators: &'a [Comprehension],
    ) -> R {
        let sp = e.span;
        let Some(first) = generators.first() else {
            return Err(FrontEndError::syntax("invalid syntax", sp));
        };
        for g in generators {
            self.check_assign_target(&g.target, false)?;
        }
        let scope = self.scope_id(e, sp)?;
        let qualname = self.qualname(kind.code_name(), false);
        self.enter_unit(
            scope,
            CodeKind::Function,
            kind.code_name().into(),
            qualname.into(),
            sp.line,
        );
        self.unit().argcount = 1;
        match kind {
            CompKind::List => self.emit(Op::BuildList(0), sp),
            CompKind::Set => self.emit(Op::BuildSet(0), sp),
            CompKind::Dict => self.emit(Op::BuildMap(0), sp),
            CompKind::Gen => {}
        }
        self.comprehension_generator(kind, elts, generators, 0, sp)?;
        if kind == CompKind::Gen {
            self.load_const(Const::None, sp);
        }
        self.emit(Op::ReturnValue, sp);
        let code = self.leave_unit()?;
        self.make_function(code, 0, sp)?;
        self.expr(&first.iter)?;
        self.emit(Op::GetIter, sp);
        self.emit(Op::Call(1), sp);
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        kind: CompKind,
        elts: &[&'a Expr],
        gens: &'a [Comprehension],
        idx: usize,
        sp: Span,
    ) -> R {
        let g = &gens[idx];
        let start = self.new_label();
        let anchor = self.new_label();
        if idx == 0 {
            // `.0`, the argument.
            self.emit(Op::LoadFast(0), sp);
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter, sp);
        }
        self.bind(start);
        self.emit(Op::ForIter(anchor.0), sp);
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if idx + 1 < gens.len() {
            self.comprehension_generator(kind, elts, gens, idx + 1, sp)?;
        } else {
            // The collection sits below one iterator per `for`.
            let depth = gens.len() as u32 + 1;
            match (kind, elts) {
                (CompKind::Gen, [elt]) => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue, sp);
                    self.emit(Op::Pop, sp);
                }
                (CompKind::List, [elt]) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth), sp);
                }
                (CompKind::Set, [elt]) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth), sp);
                }
                (CompKind::Dict, [k, v]) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth), sp);
                }
                _ => return Err(internal_error("comprehension shape", sp)),
            }
        }
        self.emit(Op::Jump(start.0), sp);
        self.bind(anchor);
        Ok(())
    }

    // ---- expressions ----

    /// Jump to `target` if `e` is `cond`, consuming it (CPython's `compiler_jump_if`, for `not`
    /// and `and`/`or`).
    fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> R {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let is_or = *op == BoolOp::Or;
                let n = values.len();
                if cond != is_or {
                    // `a and b` jumping if true (or `a or b` jumping if false): every value must
                    // agree, so one that disagrees skips past.
                    let next = self.new_label();
                    for v in &values[..n - 1] {
                        self.jump_if(v, !cond, next)?;
                    }
                    self.jump_if(&values[n - 1], cond, target)?;
                    self.bind(next);
                } else {
                    for v in values {
                        self.jump_if(v, cond, target)?;
                    }
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                let op = if cond {
                    Op::PopJumpIfTrue(target.0)
                } else {
                    Op::PopJumpIfFalse(target.0)
                };
                self.emit(op, e.span);
                Ok(())
            }
        }
    }

    fn exprs(&mut self, es: &'a [Expr]) -> R {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &'a Expr) -> R {
        let sp = e.span;
        match &e.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Load, sp)?,
            ExprKind::Const(c) => self.load_const(const_of(c), sp),
            ExprKind::BinOp { op, left, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BinaryOp(*op), sp);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(Op::UnaryOp(*op), sp);
            }
            ExprKind::BoolOp { op, values } => {
                let Some((last, init)) = values.split_last() else {
                    return Err(FrontEndError::syntax("invalid syntax", sp));
                };
                let end = self.new_label();
                for v in init {
                    self.expr(v)?;
                    let j = match op {
                        BoolOp::And => Op::JumpIfFalseOrPop(end.0),
                        BoolOp::Or => Op::JumpIfTrueOrPop(end.0),
                    };
                    self.emit(j, sp);
                }
                self.expr(last)?;
                self.bind(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators, sp)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.call_args(args, keywords, sp)?;
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.attr_name(attr);
                self.emit(Op::LoadAttr(i), sp);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::BinarySubscr, sp);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Const::None, sp),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3), sp);
                    }
                    None => self.emit(Op::BuildSlice(2), sp),
                }
            }
            ExprKind::Starred(_) => {
                return Err(FrontEndError::syntax(
                    "can't use starred expression here",
                    sp,
                ))
            }
            ExprKind::List(es) => self.display(es, Display::List, sp)?,
            ExprKind::Tuple(es) => self.display(es, Display::Tuple, sp)?,
            ExprKind::Set(es) => self.display(es, Display::Set, sp)?,
            ExprKind::Dict { keys, values } => self.dict(keys, values, sp)?,
            ExprKind::IfExp { test, body, orelse } => {
                let else_ = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_)?;
                self.expr(body)?;
                self.emit(Op::Jump(end.0), sp);
                self.bind(else_);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Lambda { params, body } => self.lambda(e, params, body)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, &[elt], generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, &[elt], generators)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen, &[elt], generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, &[key, value], generators)?,
            ExprKind::FString(parts) => self.fstring(parts, sp)?,
            ExprKind::Yield(v) => {
                self.check_yield(sp)?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None, sp),
                }
                self.emit(Op::YieldValue, sp);
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(sp)?;
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter, sp);
                self.load_const(Const::None, sp);
                self.emit(Op::YieldFrom, sp);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup, sp);
                self.name_op(target, Ctx::Store, sp)?;
            }
        }
        Ok(())
    }

    /// The symbol table already rejects `yield` outside functions; this guards the invariant.
    fn check_yield(&self, sp: Span) -> R {
        if self.scope_kind().is_function_like() {
            Ok(())
        } else {
            Err(FrontEndError::syntax("'yield' outside function", sp))
        }
    }

    /// `a < b < c`: `a < b and b < c` with `b` evaluated once (CPython's `compiler_compare`).
    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr], sp: Span) -> R {
        if ops.is_empty() || ops.len() != comparators.len() {
            return Err(internal_error("malformed comparison", sp));
        }
        self.expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.expr(&comparators[0])?;
            self.emit(Op::CompareOp(ops[0]), sp);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&comparators[i])?;
            self.emit(Op::Dup, sp);
            self.emit(Op::RotThree, sp);
            self.emit(Op::CompareOp(ops[i]), sp);
            self.emit(Op::JumpIfFalseOrPop(cleanup.0), sp);
        }
        self.expr(&comparators[n - 1])?;
        self.emit(Op::CompareOp(ops[n - 1]), sp);
        self.emit(Op::Jump(end.0), sp);
        self.bind(cleanup);
        self.emit(Op::RotTwo, sp);
        self.emit(Op::Pop, sp);
        self.bind(end);
        Ok(())
    }

    /// The callee is on the stack; push the arguments and call.
    fn call_args(&mut self, args: &'a [Expr], keywords: &'a [Keyword], sp: Span) -> R {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(n) = &k.name {
                if keywords[..i]
                    .iter()
                    .any(|o| o.name.as_deref() == Some(n.as_str()))
                {
                    return Err(FrontEndError::syntax(
                        format!("keyword argument repeated: {n}"),
                        k.span,
                    ));
                }
            }
        }
        let dynamic = args.iter().any(is_starred) || keywords.iter().any(|k| k.name.is_none());
        if !dynamic {
            self.exprs(args)?;
            if keywords.is_empty() {
                self.emit(Op::Call(args.len() as u32), sp);
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Const::Str(k.name.as_deref().unwrap_or("").into()));
                }
                self.load_const(Const::Tuple(names.into()), sp);
                self.emit(Op::CallKw((args.len() + keywords.len()) as u32), sp);
            }
            return Ok(());
        }
        if args.is_empty() {
            self.emit(Op::BuildTuple(0), sp);
        } else {
            self.display(args, Display::Tuple, sp)?;
        }
        if keywords.is_empty() {
            self.emit(Op::CallEx(0), sp);
            return Ok(());
        }
        // Keywords: runs of `name=value` become dicts merged in order; a repeated key is a
        // `TypeError`, hence `DictMerge`.
        let mut have_dict = false;
        let mut pending = 0u32;
        for k in keywords {
            match &k.name {
                Some(name) => {
                    self.load_const(Const::Str(name.as_str().into()), k.span);
                    self.expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    if !have_dict {
                        self.emit(Op::BuildMap(pending), sp);
                        have_dict = true;
                    } else if pending > 0 {
                        self.emit(Op::BuildMap(pending), sp);
                        self.emit(Op::DictMerge(1), sp);
                    }
                    pending = 0;
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge(1), sp);
                }
            }
        }
        if pending > 0 {
            self.emit(Op::BuildMap(pending), sp);
            if have_dict {
                self.emit(Op::DictMerge(1), sp);
            }
        }
        self.emit(Op::CallEx(1), sp);
        Ok(())
    }

    /// A list, tuple or set display; starred items go through a list (CPython's
    /// `starunpack_helper`).
    fn display(&mut self, es: &'a [Expr], kind: Display, sp: Span) -> R {
        let Some(first_star) = es.iter().position(is_starred) else {
            if kind == Display::Set && es.len() > 2 {
                // CPython: `BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE 1`.
                let consts: Option<Vec<Const>> = es.iter().map(folded_const).collect();
                if let Some(consts) = consts {
                    self.emit(Op::BuildSet(0), sp);
                    self.load_const(Const::FrozenSet(consts.into()), sp);
                    self.emit(Op::SetUpdate(1), sp);
                    return Ok(());
                }
            }
            self.exprs(es)?;
            let n = es.len() as u32;
            let op = match kind {
                Display::List => Op::BuildList(n),
                Display::Tuple => Op::BuildTuple(n),
                Display::Set => Op::BuildSet(n),
            };
            self.emit(op, sp);
            return Ok(());
        };
        self.exprs(&es[..first_star])?;
        let set = kind == Display::Set;
        self.emit(
            if set {
                Op::BuildSet(first_star as u32)
            } else {
                Op::BuildList(first_star as u32)
            },
            sp,
        );
        for e in &es[first_star..] {
            match &e.kind {
                ExprKind::Starred(v) => {
                    self.expr(v)?;
                    self.emit(
                        if set {
                            Op::SetUpdate(1)
                        } else {
                            Op::ListExtend(1)
                        },
                        sp,
                    );
                }
                _ => {
                    self.expr(e)?;
                    self.emit(
                        if set {
                            Op::SetAdd(1)
                        } else {
                            Op::ListAppend(1)
                        },
                        sp,
                    );
                }
            }
        }
        if kind == Display::Tuple {
            self.emit(Op::ListToTuple, sp);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr], sp: Span) -> R {
        if keys.len() != values.len() {
            return Err(internal_error("malformed dict display", sp));
        }
        if keys.iter().all(|k| k.is_some()) {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Op::BuildMap(keys.len() as u32), sp);
            return Ok(());
        }
        let mut have_dict = false;
        let mut pending = 0u32;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
                None => {
                    if !have_dict {
                        self.emit(Op::BuildMap(pending), sp);
                        have_dict = true;
                    } else if pending > 0 {
                        self.emit(Op::BuildMap(pending), sp);
                        self.emit(Op::DictUpdate(1), sp);
                    }
                    pending = 0;
                    self.expr(v)?;
                    self.emit(Op::DictUpdate(1), sp);
                }
            }
        }
        if pending > 0 {
            self.emit(Op::BuildMap(pending), sp);
            self.emit(Op::DictUpdate(1), sp);
        }
        Ok(())
    }

    /// An f-string pushes one string: its pieces, formatted, joined by `BuildString`.
    fn fstring(&mut self, parts: &'a [FStringPart], sp: Span) -> R {
        let mut n = 0u32;
        for part in parts {
            match part {
                FStringPart::Literal(s) => {
                    if !s.is_empty() {
                        self.load_const(Const::Str(s.as_str().into()), sp);
                        n += 1;
                    }
                }
                FStringPart::Field {
                    expr,
                    conversion,
                    format_spec,
                    debug_text,
                } => {
                    if let Some(t) = debug_text {
                        self.load_const(Const::Str(t.as_str().into()), sp);
                        n += 1;
                    }
                    self.expr(expr)?;
                    let mut flags = match conversion {
                        None if debug_text.is_some() && format_spec.is_empty() => 2,
                        None => 0,
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        Some(c) => {
                            return Err(FrontEndError::syntax(
                                format!("f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'"),
                                sp,
                            ))
                        }
                    };
                    if !format_spec.is_empty() {
                        self.fstring(format_spec, sp)?;
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags), sp);
                    n += 1;
                }
            }
        }
        match n {
            0 => self.load_const(Const::Str("".into()), sp),
            1 => {}
            _ => self.emit(Op::BuildString(n), sp),
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "compile_tests.rs"]
mod tests;
