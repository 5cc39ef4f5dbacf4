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

QImage take(const Shot &shot)
{
    QFile::remove(shot.file());
    QString errors;
    const int status = run({QStringLiteral("--screenshot"), shot.file(), QStringLiteral("--page"), shot.page,
                            QStringLiteral("--size"), QStringLiteral("%1x%2").arg(shot.size.width()).arg(shot.size.height()),
                            QStringLiteral("--theme"), shot.theme},
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

void checkPage(const QString &page)
{
    const QSize size = GENERATE(QSize(360, 640), QSize(1280, 800));
    INFO(page.toStdString() << " at " << size.width() << "x" << size.height());
    const QImage light = take({page, size, QStringLiteral("light")});
    const QImage dark = take({page, size, QStringLiteral("dark")});
    for (const QImage *image : {&light, &dark}) {
        CHECK(image->size() == size);
        checkNotBlank(*image);
    }
    CHECK(difference(light, dark) > 0.3);
}

} // namespace

TEST_CASE("Screenshot of the first-run page", "[create]") { checkPage(QStringLiteral("create")); }
TEST_CASE("Screenshot of the unlock page", "[unlock]") { checkPage(QStringLiteral("unlock")); }
TEST_CASE("Screenshot of the today page", "[today]") { checkPage(QStringLiteral("today")); }
TEST_CASE("Screenshot of the plan page", "[plan]") { checkPage(QStringLiteral("plan")); }
TEST_CASE("Screenshot of the charts page", "[charts]") { checkPage(QStringLiteral("charts")); }
TEST_CASE("Screenshot of the history page", "[history]") { checkPage(QStringLiteral("history")); }
TEST_CASE("Screenshot of the settings page", "[settings]") { checkPage(QStringLiteral("settings")); }

TEST_CASE("An unknown page or size fails with a message", "[errors]")
{
    QString errors;
    CHECK(run({QStringLiteral("--screenshot"), QDir::temp().filePath(QStringLiteral("x.png")),
               QStringLiteral("--page"), QStringLiteral("nowhere")}, &errors) != 0);
    CHECK(errors.contains(QStringLiteral("unknown page")));
    CHECK(run({QStringLiteral("--screenshot"), QDir::temp().filePath(QStringLiteral("x.png")),
               QStringLiteral("--size"), QStringLiteral("big")}, &errors) != 0);
    CHECK(errors.contains(QStringLiteral("--size")));
}
