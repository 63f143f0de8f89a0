//! The binary trunk builds: mount the app on `#app` (or `<body>`) and keep it alive.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::cell::RefCell;

    thread_local! {
        // The app lives as long as the page; keeping it here keeps its listeners attached.
        static APP: RefCell<Option<coroscope_app::App>> = const { RefCell::new(None) };
    }

    coroscope_app::dom::startup_mark("main");
    console_error_panic_hook::set_once();
    let doc = coroscope_app::dom::document();
    let parent = doc
        .get_element_by_id("app")
        .or_else(|| doc.body().map(Into::into))
        .expect("the page has neither #app nor <body>");
    match coroscope_app::App::mount(&parent) {
        Ok(app) => {
            coroscope_app::dom::end_startup_marks("mounted");
            APP.with(|slot| *slot.borrow_mut() = Some(app))
        }
        Err(err) => web_sys::console::error_2(&"coroscope: could not build the page".into(), &err),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "coroscope-app runs in the browser: `scripts/serve.sh`, then open http://127.0.0.1:8080/"
    );
    eprintln!("On the command line use: cargo run -p coroscope-engine --bin coroscope -- run FILE");
}
