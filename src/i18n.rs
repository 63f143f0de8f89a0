//! The interface in two languages, English and Chinese. Every piece of interface text is a
//! [`Text`] key; [`Lang::text`] gives it in one language and [`Lang::fill`] puts values into its
//! `{0}`, `{1}` … slots. The default language comes from `navigator.language` (see
//! [`Lang::from_tag`]); the page can switch at any time.

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

/// Every piece of interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    Subtitle,
    Gallery,
    Console,
    ConsoleNotKeptEarlier,
    ConsoleNotKeptEarlierOne,
    ConsoleNotKeptUpTo,
    ConsoleNotKeptUpToOne,
    Frames,
    FramesRunning,
    FramesLibrary,
    FramesMore,
    FrameAt,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    Timeline,
    Source,
    RunToEnd,
    Step,
    StepBack,
    NextSwitch,
    PrevSwitch,
    Play,
    Pause,
    Reset,
    Speed,
    Continue,
    StepOf,
    BudgetStopped,
    AxisSteps,
    AxisTime,
    AxisTurns,
    Control,
    OtherLanes,
    Help,
    HelpTitle,
    KeyStep,
    KeyBack,
    KeyNextSwitch,
    KeyPrevSwitch,
    KeyPlay,
    KeyHome,
    KeyEnd,
    KeyHelp,
    KeyZoom,
    Present,
    FontSize,
    Contrast,
    DarkTheme,
    Language,
    Permalink,
    LinkCopied,
    BadLink,
    ExportSvg,
    ExportPng,
    Scrubber,
    Ready,
    Runs,
    RunsLibrary,
    Finished,
    ExitCode,
    SyntaxAt,
    Separator,
    Period,
    NarrateSwitch,
    NarratePreempt,
    NarrateFinishedTo,
    NarrateRaisedTo,
    NarratePassing,
    NarrateThrow,
    NarrateGenResume,
    NarrateGenYield,
    NarrateGenReturn,
    NarrateGenRaise,
    NarrateSpawn,
    NarrateExit,
    NarrateSleep,
    NarratePrint,
    NarrateStderr,
    NarrateExitMain,
    NarrateExitCode,
    LegendSwitch,
    LegendPreempt,
    LegendSleep,
    LegendTransfer,
    LegendExit,
    LegendError,
    LegendCursor,
    EditorLabel,
    Restored,
    KeptEdit,
    RestoreEdit,
    GalleryArticle,
    GalleryExtra,
    GalleryTests,
    AboutProgram,
    ProgramLoading,
    ProgramLoadFailed,
    NoAnswer,
}

impl Lang {
    /// The language for a BCP 47 tag such as `navigator.language`: Chinese for `zh…`.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// The tag for `<html lang>` and for the permalink.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-Hans",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Zh,
            Lang::Zh => Lang::En,
        }
    }

    pub fn text(self, key: Text) -> &'static str {
        let (en, zh) = strings(key);
        match self {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }

    /// The text with `{0}`, `{1}` … replaced by `args`.
    pub fn fill(self, key: Text, args: &[&str]) -> String {
        let mut s = self.text(key).to_owned();
        for (i, a) in args.iter().enumerate() {
            s = s.replace(&format!("{{{i}}}"), a);
        }
        s
    }
}

/// (English, Chinese) for each key.
fn strings(key: Text) -> (&'static str, &'static str) {
    use Text::*;
    match key {
        Subtitle => (
            "watch Python coroutines take turns",
            "看 Python 协程轮流运行",
        ),
        Gallery => ("Examples", "示例"),
        Console => ("Console", "输出"),
        ConsoleNotKeptEarlier => ("… {0} earlier lines not kept", "… 已省略前面 {0} 行"),
        ConsoleNotKeptEarlierOne => ("… {0} earlier line not kept", "… 已省略前面 {0} 行"),
        ConsoleNotKeptUpTo => (
            "… {0} lines up to this step were not kept",
            "… 到这一步为止的 {0} 行输出未保留",
        ),
        ConsoleNotKeptUpToOne => (
            "… {0} line up to this step was not kept",
            "… 到这一步为止的 {0} 行输出未保留",
        ),
        Frames => ("Frames and locals", "调用栈与局部变量"),
        FramesRunning => ("runs", "运行中"),
        FramesMore => ("… and {0} more coroutines", "… 其余 {0} 个协程"),
        FramesLibrary => (
            "in library code (its frames are hidden)",
            "在库代码中（其栈帧已隐藏）",
        ),
        FrameAt => ("line {0}", "第 {0} 行"),
        ZoomIn => ("Zoom in (+)", "放大 (+)"),
        ZoomOut => ("Zoom out (−)", "缩小 (−)"),
        ZoomReset => ("Whole run (0)", "整个运行 (0)"),
        Timeline => ("Timeline", "时间线"),
        Source => ("Source", "源代码"),
        RunToEnd => ("Run to end »", "运行到底 »"),
        Step => ("Step ›", "单步 ›"),
        StepBack => ("‹ Back", "‹ 后退"),
        NextSwitch => ("Next switch ⇥", "下一次切换 ⇥"),
        PrevSwitch => ("⇤ Previous switch", "⇤ 上一次切换"),
        Play => ("Play ▶", "播放 ▶"),
        Pause => ("Pause ‖", "暂停 ‖"),
        Reset => ("Reset ⟲", "重置 ⟲"),
        Speed => ("Speed", "速度"),
        Continue => ("Continue", "继续运行"),
        StepOf => (
            "step {0} of {1}{2} · t = {3} s",
            "第 {0} 步 / 共 {1}{2} 步 · t = {3} 秒",
        ),
        BudgetStopped => (
            "Stopped after {0} steps: the program may loop forever.",
            "已运行 {0} 步后暂停：程序可能是死循环。",
        ),
        AxisSteps => ("x axis: steps", "横轴：步数"),
        AxisTime => ("x axis: virtual time", "横轴：虚拟时间"),
        AxisTurns => ("x axis: turns", "横轴：轮次"),
        Control => ("in control", "控制权"),
        OtherLanes => ("{0} more", "其余 {0} 个"),
        Help => ("Keys ?", "快捷键 ?"),
        HelpTitle => ("Keyboard", "键盘快捷键"),
        KeyStep => ("→  one step forward", "→  前进一步"),
        KeyBack => ("←  one step back", "←  后退一步"),
        KeyNextSwitch => ("Shift+→  next switch", "Shift+→  下一次切换"),
        KeyPrevSwitch => ("Shift+←  previous switch", "Shift+←  上一次切换"),
        KeyPlay => ("Space  play / pause", "空格  播放 / 暂停"),
        KeyHome => ("Home  back to the start", "Home  回到开头"),
        KeyEnd => ("End  run to the end", "End  运行到底"),
        KeyHelp => ("?  show / hide this list", "?  显示 / 隐藏本列表"),
        KeyZoom => (
            "+ / − / 0  zoom the timeline in / out / whole run (drag to pan, Ctrl+wheel zooms)",
            "+ / − / 0  时间线放大 / 缩小 / 整个运行（拖动平移，Ctrl+滚轮缩放）",
        ),
        Present => ("Present", "演示模式"),
        FontSize => ("Font size", "字号"),
        Contrast => ("High contrast", "高对比度"),
        DarkTheme => ("Dark theme", "深色主题"),
        Language => ("中文", "English"),
        Permalink => ("Link #", "链接 #"),
        LinkCopied => (
            "The address bar now holds a link to this program at this step.",
            "地址栏里现在是指向本程序当前这一步的链接。",
        ),
        BadLink => (
            "This link is damaged or incomplete; the default example is open instead.",
            "链接已损坏或不完整，已打开默认示例。",
        ),
        ExportSvg => ("Save timeline (SVG)", "保存时间线 (SVG)"),
        ExportPng => ("Save timeline (PNG)", "保存时间线 (PNG)"),
        Scrubber => ("Position in the run", "运行位置"),
        Ready => (
            "Ready: {0} is about to run line {1}.",
            "准备就绪：{0} 即将运行第 {1} 行。",
        ),
        Runs => ("{0} runs line {1}.", "{0} 正在运行第 {1} 行。"),
        RunsLibrary => ("{0} runs library code.", "{0} 正在运行库代码。"),
        Finished => ("The program has ended.", "程序已结束。"),
        ExitCode => ("[exit code {0}]", "[退出码 {0}]"),
        SyntaxAt => (
            "{0} at line {1}, column {2}: {3}",
            "{0}：第 {1} 行，第 {2} 列：{3}",
        ),
        Separator => ("; ", "；"),
        Period => (". ", "。"),
        NarrateSwitch => ("{0} switches to {1}", "{0} 切换到 {1}"),
        NarratePreempt => (
            "the scheduler preempts {0} and runs {1}",
            "调度器抢占 {0}，改为运行 {1}",
        ),
        NarrateFinishedTo => (
            "{0} finishes; control returns to {1}",
            "{0} 结束，控制权回到 {1}",
        ),
        NarrateRaisedTo => (
            "an exception leaves {0}; it goes to {1}",
            "异常离开 {0}，交给 {1}",
        ),
        NarratePassing => (", passing {0}", "，传递 {0}"),
        NarrateThrow => ("{0} throws {1} into {2}", "{0} 向 {2} 抛出 {1}"),
        NarrateGenResume => ("generator {0} resumes", "生成器 {0} 恢复运行"),
        NarrateGenYield => ("generator {0} yields {1}", "生成器 {0} 产出 {1}"),
        NarrateGenReturn => ("generator {0} returns {1}", "生成器 {0} 返回 {1}"),
        NarrateGenRaise => ("generator {0} raises {1}", "生成器 {0} 抛出 {1}"),
        NarrateSpawn => ("{0} is created", "创建了 {0}"),
        NarrateExit => ("{0} ends", "{0} 结束"),
        NarrateSleep => ("{0} sleeps until t = {1} s", "{0} 睡眠到 t = {1} 秒"),
        NarratePrint => ("prints “{0}”", "打印 “{0}”"),
        NarrateStderr => ("writes “{0}” to stderr", "向 stderr 写入 “{0}”"),
        NarrateExitMain => ("the main program's top level ends", "主程序顶层代码结束"),
        NarrateExitCode => ("the process exits with code {0}", "进程以退出码 {0} 结束"),
        LegendSwitch => ("switch (value passed)", "切换（传递的值）"),
        LegendPreempt => ("preempted: the time slice was over", "抢占：时间片用完"),
        LegendSleep => ("sleeping / waiting for the hub", "睡眠 / 等待 hub"),
        LegendTransfer => ("generator resumed / yields", "生成器恢复 / 产出"),
        LegendExit => ("ends", "结束"),
        LegendError => ("exception", "异常"),
        LegendCursor => ("current step", "当前步"),
        EditorLabel => ("Python source (edit me)", "Python 源代码（可编辑）"),
        KeptEdit => (
            "This link's code replaced the editor's; your last edit of {0} is kept.",
            "链接中的代码替换了编辑器中的代码；你上次对 {0} 的修改已保留。",
        ),
        RestoreEdit => ("Restore my edit", "恢复我的修改"),
        Restored => (
            "Restored your last edit of {0}.",
            "已恢复你上次对 {0} 的修改。",
        ),
        GalleryArticle => ("From the article", "文章中的示例"),
        GalleryExtra => ("Extra cases", "补充示例"),
        GalleryTests => ("Language tests", "语言测试"),
        AboutProgram => ("About this example", "关于本示例"),
        ProgramLoading => ("Loading {0}…", "正在加载 {0}……"),
        ProgramLoadFailed => (
            "Could not load {0} ({1}); the code shown has not changed.",
            "无法加载 {0}（{1}）；显示的代码没有改变。",
        ),
        NoAnswer => ("no answer from the server", "服务器没有响应"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn navigator_language_picks_the_default() {
        assert_eq!(Lang::from_tag("zh-CN"), Lang::Zh);
        assert_eq!(Lang::from_tag("zh"), Lang::Zh);
        assert_eq!(Lang::from_tag("en-US"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }

    #[test]
    fn fill_replaces_every_slot() {
        assert_eq!(
            Lang::En.fill(Text::NarrateSwitch, &["eat#1", "play#1"]),
            "eat#1 switches to play#1"
        );
        assert_eq!(
            Lang::Zh.fill(Text::NarrateSwitch, &["eat#1", "play#1"]),
            "eat#1 切换到 play#1"
        );
    }
}
