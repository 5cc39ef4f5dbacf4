// SPDX-License-Identifier: GPL-3.0-or-later
// The Waymark app: parses the command line, checks SQLCipher, builds the session and loads the UI.
#include "backupservice.h"
#include "preferences.h"
#include "screenshot.h"
#include "securewindow.h"
#include "session.h"
#include "translations.h"

#include "clock.h"
#include "database.h"
#include "diary.h"
#include "errors.h"
#include "hardening.h"

#include <QCommandLineParser>
#include <QCursor>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

using namespace waymark;

namespace {

// "create" is the first-run screen (no diary yet), "firstrun-*" the steps after it on a new, empty
// diary; the others are the app's pages.
const QStringList kPages = { QStringLiteral("create"), QStringLiteral("firstrun-medicines"),
    QStringLiteral("firstrun-symptoms"), QStringLiteral("unlock"), QStringLiteral("today"), QStringLiteral("plan"),
    QStringLiteral("charts"), QStringLiteral("history"), QStringLiteral("share"), QStringLiteral("settings") };

int fail(const QString &message, int status = 1)
{
    std::fprintf(stderr, "waymark: %s\n", qPrintable(message));
    return status;
}

QString randomPassphrase()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

} // namespace

int main(int argc, char *argv[])
{
    // No core dump may carry the key, a passphrase or a page of the diary (docs/SECURITY.md).
    Hardening::disableCoreDumps();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Waymark"));
    QGuiApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.waymark.Waymark"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/waymark/icons/org.waymark.Waymark.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Waymark: a private, encrypted tapering diary."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Open a made-up demo diary."));
    const QCommandLineOption diaryOption(QStringLiteral("diary"),
        QStringLiteral("The diary file (default: $WAYMARK_DIARY, else diary.waymark in the app's data folder)."),
        QStringLiteral("file"));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"), QStringLiteral("Render a page into a PNG and exit."), QStringLiteral("png"));
    const QCommandLineOption shotTextOption(QStringLiteral("screenshot-text"),
        QStringLiteral("With --screenshot: also write the text visible on the page, a line per item."),
        QStringLiteral("txt"));
    const QCommandLineOption emptyOption(QStringLiteral("empty"),
        QStringLiteral("With --screenshot: a new, empty diary instead of the demo (what a newcomer sees)."));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QStringLiteral("Page to render: %1.").arg(kPages.join(u", ")), QStringLiteral("name"), QStringLiteral("today"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size, e.g. 360x640."),
        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"), QStringLiteral("light or dark."), QStringLiteral("theme"), QStringLiteral("light"));
    const QCommandLineOption fontScaleOption(QStringLiteral("font-scale"),
        QStringLiteral("Text size against the usual, e.g. 2 for 200 % (default: $WAYMARK_FONT_SCALE, else the "
                       "system's font size)."),
        QStringLiteral("factor"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("Language for this run: system, en or de (default: the choice made in Settings)."),
        QStringLiteral("language"));
    parser.addOptions({ demoOption, diaryOption, shotOption, shotTextOption, emptyOption, pageOption, sizeOption,
        themeOption, fontScaleOption, langOption });
    parser.process(app);

    try {
        Database::requireCipher();
    } catch (const Error &e) {
        return fail(QStringLiteral("refusing to run: %1").arg(e.message()), 3);
    }

    const QString theme = parser.value(themeOption);
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return fail(QStringLiteral("unknown theme \"%1\" (use light or dark)").arg(theme));
    const bool screenshot = parser.isSet(shotOption);
    QString language = parser.value(langOption);
    if (language == QLatin1String("system"))
        language.clear();
    if (parser.isSet(langOption) && !language.isEmpty() && !Translations::available().contains(language))
        return fail(QStringLiteral("unknown language \"%1\" (use system, %2)")
                        .arg(language, Translations::available().join(u", ")));
    if (parser.isSet(shotTextOption) && !screenshot)
        return fail(QStringLiteral("--screenshot-text needs --screenshot"));
    const QString page = parser.value(pageOption);
    if (!kPages.contains(page))
        return fail(QStringLiteral("unknown page \"%1\" (pages: %2)").arg(page, kPages.join(u", ")));
    QString fontScaleText = parser.value(fontScaleOption);
    if (fontScaleText.isEmpty())
        fontScaleText = qEnvironmentVariable("WAYMARK_FONT_SCALE");
    double fontScale = screenshot ? 1.0 : Preferences::systemFontScale(); // screenshots: the design size
    if (!fontScaleText.isEmpty()) {
        bool ok = false;
        fontScale = fontScaleText.toDouble(&ok);
        if (!ok || fontScale < Preferences::kMinFontScale || fontScale > Preferences::kMaxFontScale)
            return fail(QStringLiteral("bad --font-scale \"%1\" (a number from %2 to %3, e.g. 2 for 200 %)")
                            .arg(fontScaleText)
                            .arg(Preferences::kMinFontScale)
                            .arg(Preferences::kMaxFontScale));
    }
    QSize size;
    {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        if (parts.size() == 2)
            size = QSize(parts[0].toInt(), parts[1].toInt());
        if (size.width() < 200 || size.height() < 200 || size.width() > 8000 || size.height() > 8000)
            return fail(QStringLiteral("bad --size \"%1\" (e.g. 360x640)").arg(parser.value(sizeOption)));
    }

    // Screenshots are deterministic: a pinned day (WAYMARK_TODAY or 15 March 2026) and seed 1.
    const QDate pinned = QDate::fromString(qEnvironmentVariable("WAYMARK_TODAY"), Qt::ISODate);
    FixedClock screenshotClock(QDateTime(pinned.isValid() ? pinned : QDate(2026, 3, 15), QTime(12, 0)));
    const Clock &clock = screenshot ? static_cast<const Clock &>(screenshotClock) : defaultClock();

    QString path = parser.value(diaryOption);
    if (path.isEmpty())
        path = qEnvironmentVariable("WAYMARK_DIARY"); // the same variable waymark-cli reads
    if (path.isEmpty())
        path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                   .filePath(QStringLiteral("diary.waymark"));
    Session session(clock, path);
    BackupService backups; // daily automatic backups, restore (Settings › Your data)
    QTemporaryDir scratch;
    try {
        if (screenshot && page == QLatin1String("create")) {
            session.setPath(scratch.filePath(QStringLiteral("new.waymark")));
        } else if (screenshot && (page.startsWith(QLatin1String("firstrun-")) || parser.isSet(emptyOption))) {
            const QString passphrase = randomPassphrase();
            session.setPath(scratch.filePath(QStringLiteral("new.waymark")));
            if (!session.createDiary(passphrase, passphrase))
                return fail(session.errorText());
        } else if (screenshot && page == QLatin1String("unlock")) {
            // An existing, locked diary: the page people see every day.
            const QString file = scratch.filePath(QStringLiteral("diary.waymark"));
            Diary::create(file, randomPassphrase(), clock).reset();
            session.setPath(file);
        } else if (screenshot && parser.isSet(diaryOption)) {
            // A picture of a real diary (e.g. one made with waymark-cli), unlocked with
            // $WAYMARK_PASSPHRASE, which leaves the environment once read.
            QString passphrase = qEnvironmentVariable("WAYMARK_PASSPHRASE");
            qunsetenv("WAYMARK_PASSPHRASE");
            const bool unlocked = !passphrase.isEmpty() && session.unlock(passphrase);
            passphrase.fill(QChar(0));
            if (!unlocked)
                return fail(
                    QStringLiteral("--screenshot with --diary: set WAYMARK_PASSPHRASE to the diary's passphrase (%1)")
                        .arg(session.errorText().isEmpty() ? QStringLiteral("none given") : session.errorText()));
        } else if (screenshot || parser.isSet(demoOption)) {
            session.openDemo(120, 1);
        }
    } catch (const Error &e) {
        return fail(e.message());
    }

    QQuickStyle::setStyle(QStringLiteral("Material"));
    if (parser.isSet(themeOption) || screenshot)
        session.preferences().setTheme(theme);
    else
        session.preferences().loadThemeChoice();
    session.preferences().setFontScale(fontScale);
    // Screenshots follow --lang, else the system's language (LANG=de ...), never a remembered choice.
    if (parser.isSet(langOption) || screenshot)
        session.preferences().setLanguage(language);
    else
        session.preferences().loadLanguageChoice();
    session.setStartPage(
        page == QLatin1String("unlock") || page == QLatin1String("create") ? QStringLiteral("today") : page);

    if (screenshot)
        QCursor::setPos(0, 0); // the virtual display's pointer would otherwise hover over the page

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/")); // Qt 6.4: where the static module's qmldir lives
    engine.load(QUrl(QStringLiteral("qrc:/Waymark/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return fail(QStringLiteral("the user interface did not load"));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return fail(QStringLiteral("the user interface has no window"));

    if (screenshot)
        return takeScreenshot(window, size, parser.value(shotOption), parser.value(shotTextOption));
    protectWindowContents();
    return QGuiApplication::exec();
}
