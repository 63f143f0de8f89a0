//! The gallery's catalogue: a title and an explanation, in Chinese and in English, for every
//! example program.
//!
//! Three groups, in this order:
//! - [`Group::Article`]: the tutorial's examples (`art*`, from `shared/seed/`), in the article's
//!   order. The Chinese explanation is the article's own words, condensed; the English one
//!   translates it. A sentence the article does not have (how a variant differs from the
//!   original, what CPython really prints) is marked “注” / “Note”.
//! - [`Group::Extra`]: the extra cases (`ext_*`), which the article lacks; their text says what
//!   each one shows.
//! - [`Group::LanguageTests`]: the small language tests (`feat_*`), titled from their file names.
//!
//! [`ENTRIES`] is plain data; [`gallery`] turns the gallery programs' names into its items.
//! Invariants (tested below against the programs `build.rs` lists): every `art*` and
//! `ext_*` program has an entry, no entry names a missing program, and the `art` entries follow
//! the article.

use crate::i18n::Lang;

/// A heading of the gallery.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    Article,
    Extra,
    LanguageTests,
}

impl Group {
    /// The group of a program, from its name's prefix (see `build.rs`).
    pub fn of_program(name: &str) -> Group {
        if name.starts_with("art") {
            Group::Article
        } else if name.starts_with("ext_") {
            Group::Extra
        } else {
            Group::LanguageTests
        }
    }
}

/// A text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bilingual {
    pub en: &'static str,
    pub zh: &'static str,
}

impl Bilingual {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Zh => self.zh,
        }
    }
}

/// The catalogue's entry for one program. `about` may hold several paragraphs, separated by a
/// blank line.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The program's file name without `.py`.
    pub program: &'static str,
    pub group: Group,
    pub title: Bilingual,
    pub about: Bilingual,
}

/// What every language test says about itself (they have no entry of their own).
pub const LANGUAGE_TEST_ABOUT: Bilingual = Bilingual {
    en: "A small program that tests one feature of the language; its expected output was \
         recorded with CPython 3.11.",
    zh: "测试一项语言特性的小程序；它的预期输出由 CPython 3.11 录制。",
};

/// One entry of the gallery, in the gallery's order.
#[derive(Clone, Debug)]
pub struct Item {
    pub program: &'static str,
    pub group: Group,
    title_en: String,
    title_zh: String,
    about: Bilingual,
}

impl Item {
    pub fn title(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.title_en,
            Lang::Zh => &self.title_zh,
        }
    }

    /// The explanation, one string per paragraph (none for a program the catalogue lacks).
    pub fn about(&self, lang: Lang) -> impl Iterator<Item = &'static str> {
        self.about
            .get(lang)
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
    }
}

/// The gallery's items for the gallery programs `names` (see `crate::programs::NAMES`): the
/// catalogue's entries in its order, then any `art*`/`ext_*` program it lacks (titled by its file
/// name, at the end of its group), then the language tests in name order. Every program appears
/// exactly once.
pub fn gallery(names: &[&'static str]) -> Vec<Item> {
    let named = |name: &str| names.contains(&name);
    let mut items: Vec<Item> = ENTRIES
        .iter()
        .filter(|e| named(e.program))
        .map(|e| Item {
            program: e.program,
            group: e.group,
            title_en: e.title.en.to_owned(),
            title_zh: e.title.zh.to_owned(),
            about: e.about,
        })
        .collect();
    let mut rest: Vec<&'static str> = names
        .iter()
        .copied()
        .filter(|n| !ENTRIES.iter().any(|e| e.program == *n))
        .collect();
    rest.sort_unstable();
    rest.dedup();
    for program in rest {
        let group = Group::of_program(program);
        let item = match group {
            Group::LanguageTests => {
                let (en, zh) = language_test_titles(program);
                Item {
                    program,
                    group,
                    title_en: en,
                    title_zh: zh,
                    about: LANGUAGE_TEST_ABOUT,
                }
            }
            Group::Article | Group::Extra => Item {
                program,
                group,
                title_en: program.to_owned(),
                title_zh: program.to_owned(),
                about: Bilingual { en: "", zh: "" },
            },
        };
        items.push(item);
    }
    // Stable: keeps the catalogue's order inside each group.
    items.sort_by_key(|i| i.group);
    items
}

/// The gallery item of `program`, if it is one.
pub fn find<'a>(items: &'a [Item], program: &str) -> Option<&'a Item> {
    items.iter().find(|i| i.program == program)
}

/// "feat_class_basics" → ("Language test: class basics", "语言测试：class basics").
pub fn language_test_titles(program: &str) -> (String, String) {
    let words = program
        .strip_prefix("feat_")
        .unwrap_or(program)
        .replace('_', " ");
    (
        format!("Language test: {words}"),
        format!("语言测试：{words}"),
    )
}

/// The catalogue: the article's examples in its order, then the extra cases.
pub static ENTRIES: &[Entry] = &[
    // ---------------------------------------------------------------- 一、协程介绍 · 2、举例
    Entry {
        program: "art01_generator_producer_consumer",
        group: Group::Article,
        title: Bilingual {
            en: "Generators: producer and consumer",
            zh: "生成器实现生产者-消费者",
        },
        about: Bilingual {
            en: "Python supports coroutines through generators: yield can not only return a \
                 value, it can also receive an argument sent by the caller. The traditional \
                 producer–consumer model controls the queue and the waiting with locks, and one \
                 slip can deadlock. With a coroutine, once the producer has produced a message \
                 it jumps straight to the consumer through yield; when the consumer is done, \
                 control switches back to the producer, which goes on producing: very \
                 efficient.\n\n\
                 c.send(None) first starts the generator; each time something is produced, \
                 c.send(n) switches to consumer, which gets the message through yield, handles \
                 it and passes the result back through yield; when produce decides to stop, \
                 c.close() closes consumer. No locks, one thread: produce and consumer \
                 cooperate to finish the task, hence “co-routine”, not the preemptive \
                 multitasking of threads.",
            zh: "Python对协程的支持是通过generator实现的：yield不但可以返回一个值，它还可以接收\
                 调用者发出的参数。传统的生产者-消费者模型通过锁机制控制队列和等待，一不小心就可能\
                 死锁；改用协程，生产者生产消息后，直接通过yield跳转到消费者开始执行，待消费者执行\
                 完毕后，切换回生产者继续生产，效率极高。\n\n\
                 首先调用c.send(None)启动生成器；一旦生产了东西，通过c.send(n)切换到consumer执行；\
                 consumer通过yield拿到消息，处理，又通过yield把结果传回；produce决定不生产了，通过\
                 c.close()关闭consumer。整个流程无锁，由一个线程执行，produce和consumer协作完成任务，\
                 所以称为“协程”，而非线程的抢占式多任务。",
        },
    },
    // ---------------------------------------------------------------- 二、greenlet 模块
    Entry {
        program: "art02_greenlet_eat_play",
        group: Group::Article,
        title: Bilingual {
            en: "greenlet: switching between tasks",
            zh: "greenlet 实现状态切换",
        },
        about: Bilingual {
            en: "With 20 tasks in one thread, switching among them with yield generators is too \
                 cumbersome (first get a generator initialised once, then call send…); the \
                 greenlet module makes switching directly between the tasks very simple. \
                 g1.switch('nick'): arguments can be passed at the first switch, and are not \
                 needed after that.\n\n\
                 Switching alone (with no I/O and no repeated allocation of memory) actually \
                 slows a program down.",
            zh: "如果在单个线程内有20个任务，要想实现在多个任务之间切换，使用yield生成器的方式过于\
                 麻烦（需要先得到初始化一次的生成器，然后再调用send……），而使用greenlet模块可以\
                 非常简单地实现这些任务之间的直接切换。g1.switch('nick')：可以在第一次switch时传入\
                 参数，以后都不需要。\n\n\
                 单纯的切换（在没有io的情况下或者没有重复开辟内存空间的操作），反而会降低程序的\
                 执行速度。",
        },
    },
    Entry {
        program: "art03_efficiency_compare",
        group: Group::Article,
        title: Bilingual {
            en: "Efficiency: sequential vs switching (100,000 loops)",
            zh: "效率对比：顺序执行与切换（循环 10 万次）",
        },
        about: Bilingual {
            en: "greenlet only offers a handier way to switch than generators: when the task \
                 switched to meets I/O, it blocks right there, so switching automatically on \
                 I/O to gain efficiency is still not solved. The article's figures: 10.99 s \
                 sequential, 52.76 s switching on every loop.\n\n\
                 The tasks in one thread usually mix computation and blocking operations; we \
                 could well use the time task 1 is blocked to run task 2… only that improves \
                 efficiency, and that is what the gevent module is for. (Note: the article's \
                 100,000,000 loops are cut to 100,000 here, so that it runs in the browser.)",
            zh: "greenlet只是提供了一种比generator更加便捷的切换方式，当切到一个任务执行时如果遇到\
                 io，那就原地阻塞，仍然是没有解决遇到IO自动切换来提升效率的问题。原文的结果：顺序\
                 执行 10.99 秒，每次循环都切换 52.76 秒。\n\n\
                 单线程里的任务通常既有计算操作又有阻塞操作，我们完全可以在执行任务1时遇到阻塞，\
                 就利用阻塞的时间去执行任务2……如此，才能提高效率，这就用到了Gevent模块。\
                 （注：这里把原文的 1 亿次循环缩小为 10 万次，以便在浏览器里运行。）",
        },
    },
    Entry {
        program: "art03_efficiency_compare_n3",
        group: Group::Article,
        title: Bilingual {
            en: "Efficiency comparison with 3 loops (every switch visible)",
            zh: "效率对比（循环 3 次，看清每一次切换）",
        },
        about: Bilingual {
            en: "Note: the same program with 3 loops instead of 100,000,000. f1 and f2 switch on \
                 every loop, so the timeline shows each switch between main, f1 and f2 one by \
                 one: switching alone, with nothing to wait for, only adds work.",
            zh: "注：与原文相同的程序，只是循环次数从 1 亿改为 3。f1 和 f2 每循环一次就 switch \
                 一次，时间线上能逐一看清 main、f1、f2 之间的每一次切换：没有 io 可等时，单纯的\
                 切换只会增加开销。",
        },
    },
    Entry {
        program: "art03_efficiency_compare_slow",
        group: Group::Article,
        title: Bilingual {
            en: "Efficiency comparison, the article's 100,000,000 loops",
            zh: "效率对比（原文的 1 亿次循环）",
        },
        about: Bilingual {
            en: "The article's program as it stands, 100,000,000 loops each. Note: CPython \
                 takes about two minutes (12 s sequential, 120 s switching); here the run \
                 pauses at the step budget, and Continue takes it further.",
            zh: "原文的原始程序，每个循环 1 亿次。注：CPython 要运行约 2 分钟（顺序执行 12 秒，\
                 切换 120 秒）；在这里运行会在步数上限处暂停，按“继续运行”可以接着跑。",
        },
    },
    // ---------------------------------------------------------------- 三、gevent 模块
    Entry {
        program: "art04_gevent_eat_play",
        group: Group::Article,
        title: Bilingual {
            en: "gevent: switching on I/O",
            zh: "gevent：遇到 IO 主动切换",
        },
        about: Bilingual {
            en: "gevent is a third-party library for easy concurrent synchronous or \
                 asynchronous programming. Its main pattern is the Greenlet, a lightweight \
                 coroutine plugged into Python as a C extension module. gevent.spawn(eat, \
                 'egon') creates a coroutine object: the first argument is the function, the \
                 positional or keyword arguments after it are passed to the function; \
                 g1.join() waits for g1 to end, and gevent.joinall([g1,g2]) does both steps in \
                 one.\n\n\
                 gevent.sleep(2) simulates an I/O block that gevent recognises: on I/O, gevent \
                 switches by itself.",
            zh: "Gevent 是一个第三方库，可以轻松实现并发同步或异步编程，在gevent中用到的主要模式是\
                 Greenlet，它是以C扩展模块形式接入Python的轻量级协程。gevent.spawn(eat,'egon') \
                 创建一个协程对象，第一个参数是函数名，后面的位置实参或关键字实参都是传给函数的；\
                 g1.join() 等待g1结束，两步也可以合成一步：gevent.joinall([g1,g2])。\n\n\
                 gevent.sleep(2)模拟的是gevent可以识别的io阻塞：遇到io主动切换。",
        },
    },
    Entry {
        program: "art05_gevent_monkey_time_sleep",
        group: Group::Article,
        title: Bilingual {
            en: "monkey.patch_all(): gevent recognises time.sleep",
            zh: "monkey.patch_all()：让 gevent 识别 time.sleep",
        },
        about: Bilingual {
            en: "gevent cannot recognise time.sleep(2) or other blocking calls directly; \
                 patching with the line from gevent import monkey;monkey.patch_all() makes it \
                 recognise them. The line must come before whatever it patches, such as the \
                 time and socket modules; or simply remember: to use gevent, put this line at \
                 the top of the file.",
            zh: "time.sleep(2)或其他的阻塞，gevent是不能直接识别的，需要用 from gevent import \
                 monkey;monkey.patch_all() 这一行代码打补丁，就可以识别了。它必须放到被打补丁者的\
                 前面，如time、socket模块之前；或者我们干脆记忆成：要用gevent，需要将这行代码\
                 放到文件的开头。",
        },
    },
    Entry {
        program: "art06_gevent_current_thread_getname",
        group: Group::Article,
        title: Bilingual {
            en: "threading.current_thread().getName() in greenlets",
            zh: "查看 threading.current_thread().getName()",
        },
        about: Bilingual {
            en: "threading.current_thread().getName() shows what g1 and g2 are: the result is \
                 DummyThread-n, that is, dummy threads.\n\n\
                 (Note: CPython 3.11 actually prints Dummy-1 and Dummy-2, and a \
                 DeprecationWarning for getName() on stderr.)",
            zh: "我们可以用threading.current_thread().getName()来查看每个g1和g2，查看的结果为\
                 DummyThread-n，即假线程。\n\n\
                 （注：CPython 3.11 实际打印的是 Dummy-1、Dummy-2，并在 stderr 给出 getName() \
                 已弃用的 DeprecationWarning。）",
        },
    },
    Entry {
        program: "art07_gevent_sync_async",
        group: Group::Article,
        title: Bilingual {
            en: "gevent: synchronous and asynchronous",
            zh: "Gevent 之同步与异步",
        },
        about: Bilingual {
            en: "The important part of the program is gevent.spawn, which wraps the task \
                 function in a Greenlet. The list of greenlets (g_l) is passed to \
                 gevent.joinall, which blocks the current flow and runs all the given \
                 greenlets; execution goes on only after every greenlet has finished.\n\n\
                 (Note: synchronously the ten 0.5 s tasks take 5 s in all; asynchronously, \
                 0.5 s.)",
            zh: "程序的重要部分是将task函数封装到Greenlet内部线程的gevent.spawn。初始化的greenlet\
                 列表（g_l）被传给gevent.joinall函数，后者阻塞当前流程，并执行所有给定的greenlet\
                 任务。执行流程只会在所有greenlet执行完后才会继续向下走。\n\n\
                 （注：同步时 10 个 0.5 秒的任务共用 5 秒；异步时只用 0.5 秒。）",
        },
    },
    Entry {
        program: "art08_socket_server_original",
        group: Group::Article,
        title: Bilingual {
            en: "gevent in use: the server (original)",
            zh: "Gevent 之应用：服务端（原文）",
        },
        about: Bilingual {
            en: "Socket concurrency in a single thread with gevent: for each connection it \
                 accepts, the server spawns a talk greenlet. from gevent import \
                 monkey;monkey.patch_all() must come before importing the socket module, or \
                 gevent cannot recognise the socket's blocking; without patching, gevent's own \
                 socket can be used.\n\n\
                 (Note: the article's server runs forever. Alone, no client connects, every \
                 greenlet waits on a socket and the run stops there; the last two examples \
                 below are versions that end.)",
            zh: "通过gevent实现单线程下的socket并发：服务器每accept一个连接，就gevent.spawn一个\
                 talk。注意：from gevent import monkey;monkey.patch_all()一定要放到导入socket模块\
                 之前，否则gevent无法识别socket的阻塞；如果不想打补丁，可以用gevent自带的\
                 socket。\n\n\
                 （注：原文的服务器永远运行。单独运行时没有客户端来连接，所有协程都在等待 socket，\
                 运行就停在那里；下面最后两个示例是能结束的版本。）",
        },
    },
    Entry {
        program: "art09_socket_client_threads_original",
        group: Group::Article,
        title: Bilingual {
            en: "Many clients on threads (original)",
            zh: "多线程并发多个客户端（原文）",
        },
        about: Bilingual {
            en: "500 threads each connect to the server and keep sending “name say hello \
                 count”. The socket object must be created inside the function, in its local \
                 namespace: outside it, all threads would share one socket object, and the \
                 client port would always be the same.\n\n\
                 (Note: it needs the server above to be running; alone, every thread's connect \
                 fails with ConnectionRefusedError.)",
            zh: "500 个线程各自连接服务器，不停地发送“线程名 say hello 计数”。套接字对象一定要\
                 加到函数内，即局部名称空间内，放在函数外则被所有线程共享，则大家公用一个套接字\
                 对象，那么客户端端口永远一样了。\n\n\
                 （注：它需要上面的服务端在运行；单独运行时，每个线程的 connect 都会失败，报 \
                 ConnectionRefusedError。）",
        },
    },
    Entry {
        program: "art10_socket_echo_bounded_threads",
        group: Group::Article,
        title: Bilingual {
            en: "Server + thread clients (a version that ends)",
            zh: "服务端 + 多线程客户端（能结束的版本）",
        },
        about: Bilingual {
            en: "Note: the article's server and clients in one program that ends. The server \
                 listens on a free port and accepts 5 connections; 5 client threads (green \
                 threads after monkey.patch_all()) send 3 messages each and close; talk() stops \
                 when recv() returns b''. As in the article, patch_all() comes before the \
                 socket import.\n\n\
                 Watch the replies: every round they come back in reverse client order.",
            zh: "注：把原文的服务端和客户端合成一个能结束的程序。服务器监听一个空闲端口，只接受 5 \
                 个连接；5 个客户端线程（monkey.patch_all() 之后是绿色线程）各发 3 条消息后关闭；\
                 recv() 返回 b'' 时 talk() 结束。与原文一样，patch_all() 放在导入 socket 之前。\
                 \n\n\
                 留意回复：每一轮都按客户端的相反顺序回来。",
        },
    },
    Entry {
        program: "art11_socket_echo_bounded_greenlets",
        group: Group::Article,
        title: Bilingual {
            en: "Server + greenlet clients (a version that ends)",
            zh: "服务端 + 协程客户端（能结束的版本）",
        },
        about: Bilingual {
            en: "Note: the same as the previous example, but the clients are greenlets made \
                 with gevent.spawn instead of threads: socket concurrency in a single thread, \
                 clients included. Each client returns its name, read back through .value at \
                 the end.",
            zh: "注：与上一个示例相同，只是客户端不是线程，而是 gevent.spawn 出来的协程：连客户端\
                 在内，都是单线程下的 socket 并发。每个客户端返回自己的名字，最后通过 .value \
                 取回。",
        },
    },
    // ---------------------------------------------------------------- extra cases
    Entry {
        program: "ext_a_greenlet_parent_return",
        group: Group::Extra,
        title: Bilingual {
            en: "A finished greenlet returns to its parent",
            zh: "greenlet 结束后回到父 greenlet",
        },
        about: Bilingual {
            en: "When a greenlet's function returns, the value goes to the pending switch() of \
                 its parent: by default the greenlet that created it, not the one that last \
                 switched to it. b was created by main, so b's result goes to main, not back to \
                 a, which switched to it.",
            zh: "greenlet 的函数返回时，返回值交给它的父 greenlet 正在等待的 switch()：默认是创建\
                 它的那个，而不是最后切换到它的那个。b 由 main 创建，所以 b 的返回值回到 main，\
                 而不是回到切换到 b 的 a。",
        },
    },
    Entry {
        program: "ext_c_generator_yield_from",
        group: Group::Extra,
        title: Bilingual {
            en: "Generator delegation: yield from",
            zh: "生成器委托：yield from",
        },
        about: Bilingual {
            en: "outer hands next() and send() straight to the sub-generator sub with yield \
                 from; sub's return value becomes the value of the yield from expression. The \
                 last send ends outer, which raises StopIteration.",
            zh: "outer 用 yield from 把 next() 和 send() 直接转交给子生成器 sub；sub 的 return \
                 值成为 yield from 表达式的值。最后一次 send 让 outer 结束，抛出 StopIteration。",
        },
    },
    Entry {
        program: "ext_e_gevent_spawn_value",
        group: Group::Extra,
        title: Bilingual {
            en: "What gevent.spawn returns, through .value",
            zh: "用 .value 取回 gevent.spawn 的返回值",
        },
        about: Bilingual {
            en: "Before joinall every greenlet's .value is None; after it, .value holds what \
                 the function returned. square(2), which sleeps the least, finishes first.",
            zh: "joinall 之前，每个 greenlet 的 .value 都是 None；joinall 之后，.value 是函数的\
                 返回值。睡得最短的 square(2) 最先完成。",
        },
    },
    Entry {
        program: "ext_f_gevent_exception",
        group: Group::Extra,
        title: Bilingual {
            en: "An exception inside a gevent greenlet",
            zh: "gevent 协程里的异常",
        },
        about: Bilingual {
            en: "The ZeroDivisionError in fail() does not stop the program: gevent prints a \
                 report on stderr and the program ends normally (exit code 0). Afterwards \
                 g2.exception and g2.successful() tell what happened, and g2.get() raises it \
                 again.",
            zh: "fail() 中的 ZeroDivisionError 不会让程序停下：gevent 在 stderr 打印报告，程序\
                 照常结束（退出码 0）。之后可以从 g2.exception 和 g2.successful() 查看，g2.get() \
                 会再次抛出它。",
        },
    },
    Entry {
        program: "ext_h_gevent_nested_spawn",
        group: Group::Extra,
        title: Bilingual {
            en: "Nested spawn",
            zh: "嵌套 spawn",
        },
        about: Bilingual {
            en: "A greenlet spawns two more and waits for them. The children's .parent is the \
                 hub (it runs them); their spawning_greenlet() is the greenlet that spawned \
                 them.",
            zh: "一个协程再 spawn 两个协程并等待它们。子协程的 .parent 是 hub（由它来运行），\
                 而 spawning_greenlet() 是创建它们的那个协程。",
        },
    },
    Entry {
        program: "ext_i_gevent_sleep0_roundrobin",
        group: Group::Extra,
        title: Bilingual {
            en: "gevent.sleep(0): taking turns",
            zh: "gevent.sleep(0)：轮流运行",
        },
        about: Bilingual {
            en: "Each of three workers calls gevent.sleep(0) after every line, handing control \
                 back to the hub, so A, B and C take turns.",
            zh: "三个 worker 每打印一行就调用 gevent.sleep(0)，把控制权交回 hub，于是 A、B、C \
                 轮流运行。",
        },
    },
    Entry {
        program: "ext_k_gevent_event",
        group: Group::Extra,
        title: Bilingual {
            en: "gevent.event.Event: wait() and set()",
            zh: "gevent.event.Event 的 wait() 与 set()",
        },
        about: Bilingual {
            en: "w1 and w2 wait in evt.wait(); setter sleeps 0.5 s, then calls evt.set(). \
                 set() does not switch: setter prints “after set()” first, and only then do the \
                 waiters wake up. On an event that is set, wait() returns True at once.",
            zh: "w1、w2 在 evt.wait() 里等待；setter 睡 0.5 秒后调用 evt.set()。set() 不会切换：\
                 setter 先打印“after set()”，两个等待者随后才醒来。对已经 set 的事件，wait() \
                 立即返回 True。",
        },
    },
    Entry {
        program: "ext_l_gevent_time_sleep_unpatched",
        group: Group::Extra,
        title: Bilingual {
            en: "time.sleep without monkey-patching blocks everything",
            zh: "不打补丁的 time.sleep 会阻塞一切",
        },
        about: Bilingual {
            en: "Without monkey.patch_all(), time.sleep blocks the whole thread, hub included, \
                 so eat and play do not overlap: 3 s in all (2 + 1), not 2 s as with \
                 gevent.sleep or after patching. Compare with the article's monkey.patch_all() \
                 example.",
            zh: "没有 monkey.patch_all()，time.sleep 会阻塞整个线程（连同 hub），所以 eat 和 play \
                 不会交替进行：总共 3 秒（2 + 1），而不是用 gevent.sleep 或打补丁后的 2 秒。可与\
                 原文 monkey.patch_all() 的示例对照。",
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programs::NAMES;

    /// The article's number of an `art` program: "art03_efficiency_compare_n3" → 3.
    fn article_number(program: &str) -> u32 {
        program
            .strip_prefix("art")
            .map(|rest| rest.chars().take_while(char::is_ascii_digit).collect())
            .and_then(|digits: String| digits.parse().ok())
            .unwrap_or_else(|| panic!("{program}: no article number"))
    }

    #[test]
    fn every_article_and_extra_program_has_an_entry_in_both_languages() {
        let described: Vec<&str> = NAMES
            .iter()
            .copied()
            .filter(|n| Group::of_program(n) != Group::LanguageTests)
            .collect();
        assert!(described.len() >= 21, "embedded: {described:?}");
        for program in described {
            let entry = ENTRIES
                .iter()
                .find(|e| e.program == program)
                .unwrap_or_else(|| panic!("{program} has no catalogue entry"));
            assert_eq!(entry.group, Group::of_program(program), "{program}");
            for text in [
                entry.title.en,
                entry.title.zh,
                entry.about.en,
                entry.about.zh,
            ] {
                assert!(!text.trim().is_empty(), "{program}: an empty text");
            }
            // A translation, not a copy: the Chinese has Chinese in it, the English has none.
            let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            assert!(han(entry.title.zh) && han(entry.about.zh), "{program}: zh");
            assert!(
                !han(entry.title.en) && !han(entry.about.en),
                "{program}: en"
            );
        }
    }

    #[test]
    fn no_entry_names_a_missing_program_and_none_twice() {
        for (i, entry) in ENTRIES.iter().enumerate() {
            assert!(
                NAMES.contains(&entry.program),
                "{} is not in programs/",
                entry.program
            );
            assert!(
                !ENTRIES[..i].iter().any(|e| e.program == entry.program),
                "{} twice",
                entry.program
            );
        }
    }

    #[test]
    fn article_entries_come_first_in_the_article_order() {
        let groups: Vec<Group> = ENTRIES.iter().map(|e| e.group).collect();
        let mut sorted = groups.clone();
        sorted.sort();
        assert_eq!(groups, sorted, "article entries, then extra cases");
        let numbers: Vec<u32> = ENTRIES
            .iter()
            .filter(|e| e.group == Group::Article)
            .map(|e| article_number(e.program))
            .collect();
        assert_eq!(
            numbers,
            (1..=11)
                .flat_map(|n| if n == 3 { vec![3, 3, 3] } else { vec![n] })
                .collect::<Vec<_>>()
        );
        // The original art03 first, its variants right after it.
        let art03: Vec<&str> = ENTRIES
            .iter()
            .filter(|e| e.program.starts_with("art03"))
            .map(|e| e.program)
            .collect();
        assert_eq!(art03[0], "art03_efficiency_compare");
    }

    #[test]
    fn the_gallery_holds_every_program_once_in_groups() {
        let items = gallery(NAMES);
        assert_eq!(items.len(), NAMES.len());
        for name in NAMES {
            assert_eq!(
                items.iter().filter(|i| i.program == *name).count(),
                1,
                "{name}"
            );
        }
        let groups: Vec<Group> = items.iter().map(|i| i.group).collect();
        let mut sorted = groups.clone();
        sorted.sort();
        assert_eq!(groups, sorted);
        assert_eq!(items[0].program, "art01_generator_producer_consumer");
        let art02 = find(&items, "art02_greenlet_eat_play").unwrap();
        assert_eq!(art02.title(Lang::Zh), "greenlet 实现状态切换");
        assert_eq!(art02.title(Lang::En), "greenlet: switching between tasks");
        assert_eq!(art02.about(Lang::En).count(), 2, "two paragraphs");
    }

    #[test]
    fn language_tests_are_titled_from_their_file_names() {
        assert_eq!(
            language_test_titles("feat_class_basics"),
            (
                "Language test: class basics".to_owned(),
                "语言测试：class basics".to_owned()
            )
        );
        let items = gallery(&["feat_gen_send", "art99_new"]);
        assert_eq!(
            items[0].program, "art99_new",
            "an undescribed art program stays first"
        );
        assert_eq!(items[0].title(Lang::Zh), "art99_new");
        assert_eq!(items[0].about(Lang::En).count(), 0);
        assert_eq!(items[1].title(Lang::En), "Language test: gen send");
        assert_eq!(items[1].about(Lang::Zh).count(), 1);
    }
}
