//! The collector: frees heap objects no root reaches (mark and sweep).
//!
//! Roots are every greenlet's frames (the running one's are in the VM), the module namespaces,
//! the prelude, and the built-in classes. It runs between instructions, never inside one, so no
//! Rust code holds an id it has not rooted.

use super::frame::Frame;
use super::heap::{IterState, Object, Payload};
use super::value::{ObjId, Value};
use super::Vm;

impl Vm {
    /// Collect if enough has been allocated since the last collection.
    pub fn maybe_collect(&mut self) {
        let threshold = (self.heap.live / 2).max(100_000);
        if self.allocs_since_gc >= threshold {
            self.collect();
        }
        self.enforce_heap_cap();
    }

    /// Heap objects plus the items their lists, dicts and sets hold: what a copy of the heap
    /// (a checkpoint) costs, and what [`Limits::max_objects`](super::Limits) caps.
    pub fn heap_cells(&self) -> usize {
        let items = |o: &Object| match o {
            Object::List(v) => v.len(),
            Object::Dict(d) => d.len(),
            Object::Set(s) => s.len(),
            _ => 0,
        };
        self.heap.live + self.heap.objects.iter().map(items).sum::<usize>()
    }

    /// Over `max_objects` even after a collection: the running code gets a `MemoryError`. Checked
    /// only where `maybe_collect` runs (at checkpoint steps, in runs and replays alike).
    fn enforce_heap_cap(&mut self) {
        if self.finished.is_some() || self.frames.is_empty() {
            return;
        }
        if self.heap_cells() > self.limits.max_objects {
            self.collect();
            if self.heap_cells() > self.limits.max_objects {
                let e = self.memory_error();
                self.raise(e);
            }
        }
    }

    pub fn collect(&mut self) {
        let marked = self.mark();
        let mut live = 0;
        for (i, m) in marked.iter().enumerate() {
            if *m {
                live += 1;
            } else if !matches!(self.heap.objects[i], Object::Free) {
                self.heap.objects[i] = Object::Free;
                self.heap.free.push(i as u32);
            }
        }
        self.heap.live = live;
        self.allocs_since_gc = 0;
    }

    /// Which heap slots the roots reach.
    pub fn mark(&self) -> Vec<bool> {
        let n = self.heap.objects.len();
        let mut marked = vec![false; n];
        let mut stack: Vec<ObjId> = Vec::new();
        let mut roots: Vec<Value> = Vec::new();
        for f in &self.frames {
            frame_values(f, &mut roots, &mut stack);
        }
        stack.push(self.current);
        stack.push(self.main_greenlet);
        stack.push(self.builtins);
        stack.push(self.prelude);
        stack.push(self.main_globals);
        // Generators waiting to be closed live until they are.
        stack.extend(self.to_finalize.iter().copied());
        for m in self.modules.values() {
            roots.push(m.clone());
        }
        roots.extend(self.exit_hooks.iter().cloned());
        if let Some(m) = &self.machine {
            m.roots(&mut roots, &mut stack);
            for f in m.parked.iter().flat_map(|p| &p.frames) {
                frame_values(f, &mut roots, &mut stack);
            }
        }
        // Built-in classes are allocated first; keep every class alive.
        for (i, o) in self.heap.objects.iter().enumerate() {
            if matches!(o, Object::Class(_)) {
                stack.push(ObjId(i as u32));
            }
        }
        for v in roots {
            value_ids(&v, &mut stack);
        }
        while let Some(id) = stack.pop() {
            let i = id.0 as usize;
            if i >= n || marked[i] {
                continue;
            }
            marked[i] = true;
            let mut vals: Vec<Value> = Vec::new();
            match &self.heap.objects[i] {
                Object::Free | Object::Code(_) => {}
                Object::List(l) => vals.extend(l.iter().cloned()),
                Object::Dict(d) => {
                    for (k, v) in d.map.values() {
                        vals.push(k.clone());
                        vals.push(v.clone());
                    }
                }
                Object::Set(s) => vals.extend(s.values().cloned()),
                Object::Function(f) => {
                    stack.push(f.globals);
                    stack.extend(f.closure.iter().copied());
                    vals.extend(f.defaults.iter().cloned());
                    vals.extend(f.kwdefaults.iter().map(|(_, v)| v.clone()));
                    vals.extend(f.dict.values().cloned());
                }
                Object::Class(c) => {
                    stack.extend(c.mro.iter().copied());
                    vals.extend(c.dict.values().cloned());
                }
                Object::Instance(inst) => {
                    stack.push(inst.class);
                    vals.extend(inst.dict.values().cloned());
                    match &inst.payload {
                        Payload::None => {}
                        Payload::Exception(d) => {
                            stack.extend(d.missing_name.as_ref().map(|(_, g)| *g));
                            vals.extend(d.args.iter().cloned());
                            vals.extend(d.cause.iter().cloned());
                            vals.extend(d.context.iter().cloned());
                        }
                        Payload::Greenlet(g) => {
                            stack.extend(g.parent);
                            vals.extend(g.run.iter().cloned());
                            for f in &g.frames {
                                frame_values(f, &mut vals, &mut stack);
                            }
                        }
                    }
                }
                Object::Module(m) => stack.push(m.dict),
                Object::Cell(c) => vals.extend(c.iter().cloned()),
                Object::Generator(g) => {
                    stack.push(g.class);
                    if let Some(f) = &g.frame {
                        frame_values(f, &mut vals, &mut stack);
                    }
                }
                Object::Iterator(it) => match it {
                    IterState::List { list, .. } => stack.push(*list),
                    IterState::Tuple { items, .. } => vals.extend(items.iter().cloned()),
                    IterState::Values { items, source, .. } => {
                        vals.extend(items.iter().cloned());
                        if let Some((source, _)) = source {
                            stack.push(*source);
                        }
                    }
                    IterState::ListReverse { list, .. } => stack.push(*list),
                    IterState::Reversed { items, .. } => vals.extend(items.iter().cloned()),
                    _ => {}
                },
                Object::Range { .. } => {}
                Object::Slice { start, stop, step } => {
                    vals.extend([start.clone(), stop.clone(), step.clone()])
                }
                Object::Property { fget, fset } => vals.extend([fget.clone(), fset.clone()]),
                Object::StaticMethod(f) | Object::ClassMethod(f) => vals.push(f.clone()),
                Object::Super { class, obj } => {
                    stack.push(*class);
                    vals.push(obj.clone());
                }
            }
            for v in &vals {
                value_ids(v, &mut stack);
            }
        }
        marked
    }
}

fn frame_values(f: &Frame, vals: &mut Vec<Value>, ids: &mut Vec<ObjId>) {
    vals.extend(f.stack.iter().cloned());
    vals.extend(f.locals.iter().flatten().cloned());
    vals.extend(f.handling.iter().cloned());
    ids.extend(f.cells.iter().copied());
    ids.push(f.globals);
    ids.extend(f.names);
    match &f.delivery {
        super::frame::Delivery::PushInstead(v) => vals.push(v.clone()),
        super::frame::Delivery::MakeClass { bases, .. } => vals.extend(bases.iter().cloned()),
        super::frame::Delivery::Generator(g, _) => ids.push(*g),
        super::frame::Delivery::Import(m) => ids.push(*m),
        _ => {}
    }
}

/// The heap objects `v` refers to, through tuples and bound methods at any depth (a work list:
/// tuples nest without limit).
/// The heap objects `v` refers to, through tuples and bound methods at any depth: a work list
/// instead of recursion, as tuples nest without limit (it allocates only for a tuple inside a
/// tuple).
fn value_ids(v: &Value, out: &mut Vec<ObjId>) {
    let mut pending: Vec<&Value> = Vec::new();
    let mut next = Some(v);
    while let Some(v) = next.take().or_else(|| pending.pop()) {
        match v {
            Value::Obj(id) => out.push(*id),
            Value::Tuple(items) => {
                for item in items.iter() {
                    match item {
                        Value::Obj(id) => out.push(*id),
                        Value::Tuple(_) | Value::Method(_) => pending.push(item),
                        _ => {}
                    }
                }
            }
            Value::Method(m) => pending.extend([&m.func, &m.receiver]),
            _ => {}
        }
    }
}
