// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real app binary: `waymark --screenshot FILE --page P --size WxH --theme T`.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>

namespace {

struct Shot
{
    QString page;
    QSize size;
    QString theme;
    QString file() const
    {
        return QDir(QStringLiteral(SCREENSHOT_DIR))
            .filePath(QStringLiteral("%1-%2x%3-%4.png").arg(page).arg(size.width()).arg(size.height()).arg(theme));
    }
};

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (env.value(QStringLiteral("DISPLAY")).isEmpty()) {
        WARN("No X display (run the suite under xvfb-run -a ctest); falling back to offscreen rendering.");
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    env.remove(QStringLiteral("WAYMARK_TODAY"));
    return env;
}

int run(const QStringList &arguments, QString *errors = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(WAYMARK_EXE), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (errors)
        *errors = QString::fromLocal8Bit(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString textFile(const Shot &shot)
{
    return shot.file().chopped(4) + QStringLiteral(".txt");
}

QImage take(const Shot &shot)
{
    QFile::remove(shot.file());
    QFile::remove(textFile(shot));
    QString errors;
    const int status = run({ QStringLiteral("--screenshot"), shot.file(), QStringLiteral("--screenshot-text"),
                               textFile(shot), QStringLiteral("--page"), shot.page, QStringLiteral("--size"),
                               QStringLiteral("%1x%2").arg(shot.size.width()).arg(shot.size.height()),
                               QStringLiteral("--theme"), shot.theme },
        &errors);
    INFO(errors.toStdString());
    REQUIRE(status == 0);
    REQUIRE(QFileInfo::exists(shot.file()));
    QImage image(shot.file());
    REQUIRE_FALSE(image.isNull());
    return image.convertToFormat(QImage::Format_RGB32);
}

/** Not blank: many distinct colours and no single colour covering more than 97% of the pixels. */
void checkNotBlank(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ++counts[line[x]];
    }
    int largest = 0;
    for (int n : std::as_const(counts))
        largest = std::max(largest, n);
    const double share = double(largest) / (image.width() * image.height());
    INFO("distinct colours: " << counts.size() << ", largest share: " << share);
    CHECK(counts.size() >= 50);
    CHECK(share <= 0.97);
}

double difference(const QImage &a, const QImage &b)
{
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return double(differing) / (a.width() * a.height());
}

/** The text a person can see on the page (written by --screenshot-text). */
QStringList visibleText(const Shot &shot)
{
    QFile file(textFile(shot));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/** What must be on each page (its heading and a piece of its content) and what must not. */
struct Expected
{
    QStringList present;
    QStringList absent;
};

Expected expectedText(const QString &page)
{
    // A line only this page shows (the navigation names every page, so its labels prove nothing),
    // then a piece of the demo diary's content.
    const QHash<QString, QStringList> present = {
        { QStringLiteral("create"),
            { QStringLiteral("Create your diary"), QStringLiteral("The same passphrase again") } },
        { QStringLiteral("unlock"),
            { QStringLiteral("Unlock your diary"), QStringLiteral("Type your passphrase to open it.") } },
        { QStringLiteral("today"), { QStringLiteral("Sunday 15 March 2026"), QStringLiteral("Sertraline") } },
        { QStringLiteral("plan"), { QStringLiteral("Taper plans"), QStringLiteral("Sertraline") } },
        { QStringLiteral("charts"),
            { QStringLiteral("How your symptoms moved as the dose came down."),
                QStringLiteral("16 Dec 2025 – 15 Mar 2026") } },
        { QStringLiteral("history"), { QStringLiteral("116 days recorded"), QStringLiteral("Sun 15 Mar 2026") } },
        { QStringLiteral("share"),
            { QStringLiteral("Summary for your prescriber"), QStringLiteral("From 16 Dec 2025") } },
        { QStringLiteral("settings"),
            { QStringLiteral(
                  "The switch shows or hides a medicine on Today. Hiding it keeps everything you logged for it."),
                QStringLiteral("Sertraline") } },
        // the steps after creating a diary (a new, empty diary)
        { QStringLiteral("firstrun-medicines"),
            { QStringLiteral("Your medicines"), QStringLiteral("Add a medicine") } },
        { QStringLiteral("firstrun-symptoms"), { QStringLiteral("Your usual symptoms"), QStringLiteral("Headache") } },
    };
    Expected expected { present.value(page), {} };
    for (auto it = present.cbegin(); it != present.cend(); ++it)
        if (it.key() != page)
            expected.absent.append(it.value().constFirst()); // another page's own line must not be here
    return expected;
}

void checkText(const Shot &shot)
{
    const QStringList lines = visibleText(shot);
    INFO("visible text of " << shot.page.toStdString() << ": "
                            << lines.join(QStringLiteral(" | ")).left(600).toStdString());
    const Expected expected = expectedText(shot.page);
    for (const QString &text : expected.present)
        CHECK(lines.contains(text));
    for (const QString &text : expected.absent)
        CHECK_FALSE(lines.contains(text));
}

void checkPage(const QString &page)
{
    const QSize size = GENERATE(QSize(360, 640), QSize(1280, 800));
    INFO(page.toStdString() << " at " << size.width() << "x" << size.height());
    const QImage light = take({ page, size, QStringLiteral("light") });
    const QImage dark = take({ page, size, QStringLiteral("dark") });
    for (const QImage *image : { &light, &dark }) {
        CHECK(image->size() == size);
        checkNotBlank(*image);
    }
    checkText({ page, size, QStringLiteral("dark") });
    CHECK(difference(light, dark) > 0.3);
}

} // namespace

TEST_CASE("Screenshot of the first-run page", "[create]")
{
    checkPage(QStringLiteral("create"));
}
TEST_CASE("Screenshot of the first-run steps: medicines, then usual symptoms", "[firstrun]")
{
    checkPage(QStringLiteral("firstrun-medicines"));
    checkPage(QStringLiteral("firstrun-symptoms"));
}
TEST_CASE("Screenshot of the unlock page", "[unlock]")
{
    checkPage(QStringLiteral("unlock"));
}
TEST_CASE("Screenshot of the today page", "[today]")
{
    checkPage(QStringLiteral("today"));
}
TEST_CASE("Screenshot of the plan page", "[plan]")
{
    checkPage(QStringLiteral("plan"));
}
TEST_CASE("Screenshot of the charts page", "[charts]")
{
    checkPage(QStringLiteral("charts"));
}
TEST_CASE("Screenshot of the history page", "[history]")
{
    checkPage(QStringLiteral("history"));
}
TEST_CASE("Screenshot of the share page", "[share]")
{
    checkPage(QStringLiteral("share"));
}
TEST_CASE("Screenshot of the settings page", "[settings]")
{
    checkPage(QStringLiteral("settings"));
}

TEST_CASE("An unknown page or size fails with a message", "[errors]")
{
    QString errors;
    CHECK(run({ QStringLiteral("--screenshot"), QDir::temp().filePath(QStringLiteral("x.png")),
                  QStringLiteral("--page"), QStringLiteral("nowhere") },
              &errors)
        != 0);
    CHECK(errors.contains(QStringLiteral("unknown page")));
    CHECK(run({ QStringLiteral("--screenshot"), QDir::temp().filePath(QStringLiteral("x.png")),
                  QStringLiteral("--size"), QStringLiteral("big") },
              &errors)
        != 0);
    CHECK(errors.contains(QStringLiteral("--size")));
}
