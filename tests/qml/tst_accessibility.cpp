// SPDX-License-Identifier: GPL-3.0-or-later
// Walks the accessibility tree of every page of the real app window (demo diary), in-process
// through QAccessible, the data a screen reader gets over AT-SPI. Fails on an interactive
// control without a name, on a chosen level (severity, wellbeing, theme) whose control does not
// say it is checked, and on a level that only pretends to be a radio button (an Accessible.role
// override on a plain button, which AT-SPI reports as a push button without a checked state).
// Also checks the theme's text colours against their backgrounds (WCAG 2.2 AA: 4.5:1).
#include "clock.h"
#include "diary.h"
#include "planner/dosetimes.h"
#include "preferences.h"
#include "session.h"
#include "storedplan.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QJSValue>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <functional>

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::MenuItem:
    case QAccessible::ListItem:
        return true;
    default:
        return false;
    }
}

/** Where a control is, for the failure message: its objectName or its nearest named ancestor's. */
QString where(QObject *object)
{
    QStringList path;
    for (QObject *o = object; o && path.size() < 4; o = o->parent())
        if (!o->objectName().isEmpty())
            path.prepend(o->objectName());
    return QStringLiteral("%1 in %2")
        .arg(QString::fromLatin1(object ? object->metaObject()->className() : "?"),
            path.isEmpty() ? QStringLiteral("(unnamed)") : path.join(u'/'));
}

struct Walk
{
    QStringList problems;
    int controls = 0;
    int checkedLevels = 0;
    int radioButtons = 0;
};

void walk(QAccessibleInterface *iface, Walk &out, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 200)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    const QAccessible::Role role = iface->role();
    QObject *object = iface->object();
    // A combo box's read-only text is part of the combo box (which has the name), not a control.
    const bool partOfCombo
        = role == QAccessible::EditableText && iface->parent() && iface->parent()->role() == QAccessible::ComboBox;
    if (isInteractive(role) && !state.disabled && !partOfCombo) {
        ++out.controls;
        // Qt 6.4 publishes a password field's Accessible.name as its description (the name stays
        // empty over AT-SPI too); Orca reads that, so for password fields the description counts.
        const QString name = iface->text(state.passwordEdit ? QAccessible::Description : QAccessible::Name);
        if (name.trimmed().isEmpty())
            out.problems.append(QStringLiteral("no accessible name: %1 (text \"%2\")")
                                    .arg(where(object), object ? object->property("text").toString() : QString()));
    }
    if (role == QAccessible::RadioButton) {
        ++out.radioButtons;
        // AT-SPI takes role and state from the control itself: a real radio button, not a role override.
        if (object && !object->inherits("QQuickRadioButton") && !object->inherits("QQuickRadioDelegate"))
            out.problems.append(QStringLiteral("a radio button that is not one (AT-SPI says push button): %1 \"%2\"")
                                    .arg(where(object), iface->text(QAccessible::Name)));
        if (state.checked)
            ++out.checkedLevels;
    }
    // A chosen level (SeverityPicker's segments have `chosen`) must say it is checked.
    if (object && object->property("chosen").toBool() && !(state.checkable && state.checked))
        out.problems.append(QStringLiteral("a chosen level without its checked state: %1 \"%2\"")
                                .arg(where(object), iface->text(QAccessible::Name)));
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), out, depth + 1);
}

/** WCAG relative luminance and contrast ratio. */
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/** The item holding the pages (Main.qml's shell: it has `pageNames`), through the visual tree. */
QQuickItem *findShell(QQuickItem *item)
{
    if (item->property("pageNames").isValid())
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = findShell(child))
            return found;
    return nullptr;
}

/** A control a finger or pointer acts on (the item itself, not the parts inside it). */
bool isTouchControl(QQuickItem *item)
{
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickComboBox") || item->inherits("QQuickSpinBox")
        || item->inherits("QQuickSlider") || item->inherits("QQuickTextField") || item->inherits("QQuickMouseArea")
        || item->inherits("QQuickTapHandler");
}

/** Visible and enabled controls smaller than 48 x 48 logical pixels (WCAG 2.5.8 / Android's 48 dp). */
void findSmallTargets(QQuickItem *item, QStringList &problems, int &checked)
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    if (isTouchControl(item)) {
        if (item->isEnabled() && item->width() > 0 && item->height() > 0) {
            ++checked;
            if (item->width() < 47.5 || item->height() < 47.5)
                problems.append(QStringLiteral("%1 \"%2\" is %3 x %4 px")
                                    .arg(where(item), item->property("text").toString())
                                    .arg(item->width(), 0, 'f', 0)
                                    .arg(item->height(), 0, 'f', 0));
        }
        if (!item->inherits("QQuickMouseArea"))
            return; // a control's own parts (a spin box's buttons, a combo box's field) are the control
    }
    for (QQuickItem *child : item->childItems())
        findSmallTargets(child, problems, checked);
}

/** Whether the text sits in something that scrolls sideways on purpose (a wide table). */
bool scrollsSideways(QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem())
        if (p->inherits("QQuickFlickable") && p->property("contentWidth").toReal() > p->width() + 1)
            return true;
    return false;
}

/**
 * The layout (a column of a card or a page) whose sides a text's box runs past: drawn over the
 * card's border or the next card, even where nothing clips it. Null when it stays inside.
 */
QQuickItem *outgrownLayout(QQuickItem *text, const QRectF &box)
{
    for (QQuickItem *p = text->parentItem(); p; p = p->parentItem()) {
        if (p->inherits("QQuickFlickable") || p->inherits("QQuickPopupItem"))
            return nullptr;
        if (!p->inherits("QQuickLayout"))
            continue;
        const QRectF side = p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
        if (box.left() < side.left() - 1 || box.right() > side.right() + 1)
            return p;
    }
    return nullptr;
}

/**
 * Text cut at a large font size: elided or truncated without being marked as allowed (a `mayElide`
 * property, for names that may be long and have their full text elsewhere), made smaller than the
 * person's size to fit (fontSizeMode; `mayShrink` allows it for a title far larger than the rest), a
 * word broken inside because its lines are narrower than it (a soft hyphen the translation put into a
 * long word is a proper place to break), wider than its box
 * when it does not wrap, or drawn past the window's or a clipping parent's side.
 */
void findCutText(QQuickItem *item, QQuickWindow *window, QStringList &problems, int &checked)
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    if (item->inherits("QQuickText") && !item->property("text").toString().trimmed().isEmpty()) {
        ++checked;
        const QString text = item->property("text").toString().left(40);
        const bool mayElide = item->property("mayElide").toBool();
        const qreal contentWidth = item->property("contentWidth").toReal();
        // A placeholder is a hint that goes when the person types (its field has an accessible
        // name); Qt 6.4's text fields give no way to wrap it.
        const bool placeholder = item->inherits("QQuickPlaceholderText");
        // a text made smaller to fit (fontSizeMode) is not at the size the person chose
        const int fontSizeMode = item->property("fontSizeMode").toInt();
        const int chosenPixels = item->property("font").value<QFont>().pixelSize();
        const int drawnPixels = fontSizeMode == 0
            ? chosenPixels
            : item->property("fontInfo").value<QJSValue>().property(QStringLiteral("pixelSize")).toInt();
        // a word wider than the lines it wraps in is broken inside ("Sertralin" / "e")
        QString brokenWord;
        const QString full = item->property("text").toString();
        if (item->property("wrapMode").toInt() != 0 && !full.contains(u'<')) {
            const QFontMetricsF metrics(item->property("font").value<QFont>());
            const qreal room
                = item->width() - item->property("leftPadding").toReal() - item->property("rightPadding").toReal();
            // A soft hyphen (U+00AD, put by the translation into a long compound) is a place the
            // line may break, with a hyphen drawn there: each part and its hyphen must fit.
            const qreal hyphen = metrics.horizontalAdvance(u'-');
            for (const QString &word : full.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                const QStringList parts = word.split(QChar(0x00AD));
                for (qsizetype i = 0; i < parts.size(); ++i)
                    if (metrics.horizontalAdvance(parts.at(i)) + (i + 1 < parts.size() ? hyphen : 0) > room + 1)
                        brokenWord = word;
            }
        }
        if (item->property("truncated").toBool() && !mayElide && !placeholder)
            problems.append(QStringLiteral("cut (elided): %1 \"%2\"").arg(where(item), text));
        else if (chosenPixels > 0 && drawnPixels > 0 && drawnPixels < chosenPixels
            && !item->property("mayShrink").toBool())
            problems.append(QStringLiteral("made smaller to fit (%3 < %4 px): %1 \"%2\"")
                                .arg(where(item), text)
                                .arg(drawnPixels)
                                .arg(chosenPixels));
        else if (!brokenWord.isEmpty())
            problems.append(QStringLiteral("a word broken inside (\"%3\" in %4 px): %1 \"%2\"")
                                .arg(where(item), text, brokenWord)
                                .arg(item->width(), 0, 'f', 0));
        else if (item->property("wrapMode").toInt() == 0 && item->property("elide").toInt() == 3 /* ElideNone */
            && contentWidth > item->width() + 1 && !item->clip())
            problems.append(QStringLiteral("wider than its box (%3 > %4): %1 \"%2\"")
                                .arg(where(item), text)
                                .arg(contentWidth, 0, 'f', 0)
                                .arg(item->width(), 0, 'f', 0));
        else if (!scrollsSideways(item)) {
            // where the letters are: the box, or less when the text is narrower and aligned
            qreal left = 0;
            const qreal inked = std::min(contentWidth, item->width());
            const int align = item->property("effectiveHorizontalAlignment").toInt();
            if (align == Qt::AlignRight)
                left = item->width() - inked;
            else if (align == Qt::AlignHCenter)
                left = (item->width() - inked) / 2;
            const QRectF box = item->mapRectToScene(QRectF(left, 0, inked, item->height()));
            if (box.left() < -1 || box.right() > window->width() + 1)
                problems.append(QStringLiteral("past the window's side (%3..%4): %1 \"%2\"")
                                    .arg(where(item), text)
                                    .arg(box.left(), 0, 'f', 0)
                                    .arg(box.right(), 0, 'f', 0));
            else if (QQuickItem *layout = outgrownLayout(item, box))
                problems.append(QStringLiteral("past the side of %3 (%4..%5 in %6..%7): %1 \"%2\"")
                                    .arg(where(item), text, where(layout))
                                    .arg(box.left(), 0, 'f', 0)
                                    .arg(box.right(), 0, 'f', 0)
                                    .arg(layout->mapToScene(QPointF(0, 0)).x(), 0, 'f', 0)
                                    .arg(layout->mapToScene(QPointF(layout->width(), 0)).x(), 0, 'f', 0));
            else
                for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
                    if (!p->clip() || p->inherits("QQuickFlickable") || p->inherits("QQuickListView"))
                        continue; // a list scrolls up and down; its sides are the window's
                    const QRectF clipBox = p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
                    if (box.left() < clipBox.left() - 1 || box.right() > clipBox.right() + 1) {
                        problems.append(QStringLiteral("cut by %3: %1 \"%2\"").arg(where(item), text, where(p)));
                        break;
                    }
                }
        }
    }
    for (QQuickItem *child : item->childItems())
        findCutText(child, window, problems, checked);
}

const char *const kPages[] = { "today", "plan", "charts", "history", "share", "settings", "unlock",
    "firstrun-medicines", "firstrun-symptoms" };

/** The pages checked at 200 % text, each at phone (360 x 640) and desktop (1280 x 800) size. */
const char *const kTextPages[] = { "today", "plan", "charts", "history", "share", "settings", "unlock", "create",
    "firstrun-medicines", "firstrun-symptoms" };

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_session = std::make_unique<Session>(m_clock, m_dir.filePath(QStringLiteral("diary.waymark")));
        m_session->openDemo(120, 1);
        m_demoPath = m_session->path();
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        m_engine.load(QUrl(QStringLiteral("qrc:/Waymark/Main.qml")));
        QVERIFY(!m_engine.rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
        QVERIFY(m_window);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        qInfo("accessibility active: %d", int(QAccessible::isActive()));
    }

    void everyControlIsNamed_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QSize>("size");
        for (const char *page : kPages) {
            QTest::addRow("%s desktop", page) << QString::fromLatin1(page) << QSize(1280, 800);
            QTest::addRow("%s phone", page) << QString::fromLatin1(page) << QSize(360, 720);
        }
    }

    void everyControlIsNamed()
    {
        QFETCH(QString, page);
        QFETCH(QSize, size);
        showPage(page, size);
        // As when a screen reader is running: the controls (also those a Loader just made) take
        // their accessible roles and states. (The offscreen platform has no accessibility bridge,
        // so this tells every control directly.)
        QAccessible::setActive(true);
        QTest::qWait(50);
        Walk walked;
        walk(QAccessible::queryAccessibleInterface(m_window), walked);
        QVERIFY2(walked.controls >= 3, qPrintable(QStringLiteral("only %1 controls found").arg(walked.controls)));
        QVERIFY2(walked.problems.isEmpty(), qPrintable(walked.problems.join(u'\n')));
        if (page == u"today") {
            // The demo's day has its wellbeing and several symptoms rated: each says "checked".
            QVERIFY2(walked.checkedLevels >= 3, qPrintable(QString::number(walked.checkedLevels)));
            QVERIFY(walked.radioButtons >= 5 * 10);
        }
        if (page == u"settings")
            QCOMPARE(walked.checkedLevels, 2); // light or dark, and the language
        qInfo("%s at %dx%d: %d controls, all named", qPrintable(page), size.width(), size.height(), walked.controls);
    }

    /** Every control a finger can reach is at least 48 x 48 px on a phone (360 x 640). */
    void touchTargets_data()
    {
        QTest::addColumn<QString>("page");
        for (const char *page : kPages)
            QTest::newRow(page) << QString::fromLatin1(page);
    }

    void touchTargets()
    {
        QFETCH(QString, page);
        showPage(page, QSize(360, 640));
        QStringList problems;
        int checked = 0;
        findSmallTargets(m_window->contentItem(), problems, checked);
        QVERIFY2(checked >= 3, qPrintable(QString::number(checked)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        qInfo("%s: %d controls of 48 px or more", qPrintable(page), checked);
    }

    /** Text at 200 %: nothing elided, wider than its box or cut at a side, on a phone and a desktop. */
    void textAtDoubleSize_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        // German has the longer words ("Ausschleichpl\u00e4ne") that a narrow line cannot hold
        for (const char *language : { "en", "de" })
            for (const char *page : kTextPages)
                for (const QSize size : { QSize(360, 640), QSize(1280, 800) })
                    QTest::addRow("%s %s %dx%d", language, page, size.width(), size.height())
                        << QString::fromLatin1(page) << size << QString::fromLatin1(language);
    }

    void textAtDoubleSize()
    {
        QFETCH(QString, page);
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QVERIFY(m_session->preferences().setLanguage(language));
        m_session->preferences().setFontScale(2.0);
        auto restore = qScopeGuard([this] {
            m_session->preferences().setFontScale(1.0);
            m_session->preferences().setLanguage(QStringLiteral("en"));
        });
        showPage(page, size);
        QStringList problems;
        int checked = 0;
        findCutText(m_window->contentItem(), m_window, problems, checked);
        QVERIFY2(checked >= 3, qPrintable(QString::number(checked)));
        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem)); // all of them (a failure's message is cut short)
        QVERIFY2(
            problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 texts cut").arg(problems.size()).arg(checked)));
        qInfo("%s in %s at %dx%d, 200 %%: %d texts, none cut", qPrintable(page), qPrintable(language), size.width(),
            size.height(), checked);
    }

    /**
     * A whole day logged with the keyboard alone on a desktop, real key events into the window:
     * the navigation, the usual dose, wellbeing, hours slept, a note, three symptoms, a dose in the
     * dialog (Enter saves, Escape cancels). Every control the focus reaches is in view with the
     * focus ring around it. Then the diary is locked and opened again and the day read back.
     */
    void keyboardDay()
    {
        showPage(QStringLiteral("today"), QSize(1280, 800));
        m_window->requestActivate();
        QObject *day = todayController();
        QVERIFY(day);
        // the day starts empty of what the test logs (the demo has logged it already)
        auto *doses = day->property("doses").value<QAbstractItemModel *>();
        QVERIFY(doses);
        while (doses->rowCount() > 0) {
            qint64 id = doses->index(0, 0).data(Qt::UserRole + 1).toLongLong();
            bool ok = false;
            QMetaObject::invokeMethod(day, "deleteDose", Q_RETURN_ARG(bool, ok), Q_ARG(qint64, id));
            QVERIFY(ok);
        }
        QMetaObject::invokeMethod(day, "setWellbeing", Q_ARG(int, -1));
        QMetaObject::invokeMethod(day, "setSleepHours", Q_ARG(double, -1));
        QMetaObject::invokeMethod(day, "saveNote", Q_ARG(QString, QString()));
        QTest::qWait(100);
        m_window->contentItem()->forceActiveFocus(Qt::OtherFocusReason);

        // the navigation takes the focus; Space opens Today
        QVERIFY(tabTo([](QQuickItem *c) { return c->objectName() == u"navItem_0"; }));
        QTest::keyClick(m_window, Qt::Key_Space);
        QTest::qWait(50);

        // the usual (or planned) dose
        QVERIFY(tabTo([](QQuickItem *c) {
            return c->objectName().startsWith(u"usualDose_") || c->objectName().startsWith(u"takePlanned_");
        }));
        QTest::keyClick(m_window, Qt::Key_Space);
        QTRY_COMPARE(doses->rowCount(), 1);

        // a dose in the dialog: Enter saves it, Escape leaves without saving
        QVERIFY(tabTo([](QQuickItem *c) { return c->objectName() == u"addDoseButton"; }));
        QTest::keyClick(m_window, Qt::Key_Space);
        QObject *dialog = m_window->findChild<QObject *>(QStringLiteral("addDoseDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QTest::qWait(50);
        typeText(QStringLiteral("2.5"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QTRY_COMPARE(doses->rowCount(), 2);
        QVERIFY(tabTo([](QQuickItem *c) { return c->objectName() == u"addDoseButton"; }, false));
        QTest::keyClick(m_window, Qt::Key_Space);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QTest::qWait(50);
        typeText(QStringLiteral("40"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QTest::qWait(50);
        QCOMPARE(doses->rowCount(), 2);

        // wellbeing 6: Home, six times Right, Space
        QVERIFY(tabTo([](QQuickItem *c) { return isSegmentOf(c, u"wellbeingPicker"); }));
        QTest::keyClick(m_window, Qt::Key_Home);
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(m_window, Qt::Key_Right);
        QTest::keyClick(m_window, Qt::Key_Space);
        QTRY_COMPARE(day->property("wellbeing").toInt(), 6);

        // hours slept, typed, saved on leaving the field
        QVERIFY(tabTo([](QQuickItem *c) { return c->objectName() == u"sleepField"; }));
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("7.5"));
        QVERIFY(tabTo([](QQuickItem *c) { return c->objectName() == u"noteArea"; }));
        QTRY_COMPARE(day->property("sleepHours").toDouble(), 7.5);
        const QString note = QStringLiteral("Walked to the shop; felt steadier by evening.");
        typeText(note);

        // three symptoms: Mild, Moderate, Severe (Home, Right, Space or Enter)
        QStringList rated;
        for (int severity = 1; severity <= 3; ++severity) {
            QVERIFY(tabTo([&rated](QQuickItem *c) {
                QQuickItem *picker = c->parentItem() ? c->parentItem()->parentItem() : nullptr;
                return c->objectName().startsWith(u"segment") && picker && picker->objectName().startsWith(u"severity_")
                    && !rated.contains(picker->objectName());
            }));
            QQuickItem *picker = m_window->activeFocusItem()->parentItem()->parentItem();
            rated.append(picker->objectName());
            QTest::keyClick(m_window, Qt::Key_Home);
            for (int i = 0; i < severity; ++i)
                QTest::keyClick(m_window, Qt::Key_Right);
            QTest::keyClick(m_window, severity == 2 ? Qt::Key_Return : Qt::Key_Space);
            QTRY_COMPARE(picker->property("value").toInt(), severity);
        }

        // the diary has the day: locked, opened again, read back
        m_session->lock();
        QTest::qWait(100);
        QVERIFY(m_session->unlockDemo());
        showPage(QStringLiteral("today"), QSize(1280, 800));
        day = todayController();
        QVERIFY(day);
        QCOMPARE(day->property("wellbeing").toInt(), 6);
        QCOMPARE(day->property("sleepHours").toDouble(), 7.5);
        QCOMPARE(day->property("note").toString(), note);
        doses = day->property("doses").value<QAbstractItemModel *>();
        QCOMPARE(doses->rowCount(), 2);
        QStringList amounts;
        for (int row = 0; row < doses->rowCount(); ++row)
            amounts.append(doses->index(row, 0).data(Qt::UserRole + 4).toString());
        QVERIFY2(amounts.contains(u"2.5"), qPrintable(amounts.join(u',')));
        auto *symptoms = day->property("symptoms").value<QAbstractItemModel *>();
        QVERIFY(symptoms);
        const int keyRole = symptoms->roleNames().key("key");
        const int severityRole = symptoms->roleNames().key("severity");
        for (int severity = 1; severity <= 3; ++severity) {
            const QString key = rated[severity - 1].mid(int(qstrlen("severity_")));
            const QModelIndexList found = symptoms->match(symptoms->index(0, 0), keyRole, key, 1, Qt::MatchExactly);
            QVERIFY2(found.size() == 1, qPrintable(key));
            QCOMPARE(found.constFirst().data(severityRole).toInt(), severity);
        }
    }

    /**
     * A plan with dose times: Today shows each time on its own line with its own "Took it". Each is
     * reached and pressed with the keyboard alone (Tab to the first, then Space or Enter), the focus
     * ring around it; each press logs that time's dose, and the focus goes on to the next time's
     * button (the pressed one is gone: a mark takes its place), then to "Add a dose…".
     */
    void keyboardDoseTimes()
    {
        // Alprazolam from 1 March, 10 % every 14 days: on 15 March (step 2) 0.5, 0.5 and 0.375 mg
        waymark::Diary *diary = m_session->diary();
        QVERIFY(diary);
        const waymark::Drug alprazolam = diary->addDrug(QStringLiteral("Alprazolam"));
        waymark::planner::Plan plan = diary->planTemplate(alprazolam.id);
        plan.method = waymark::planner::Method::Percent;
        plan.startDoseMg = 1.5;
        plan.startDate = QDate(2026, 3, 1);
        plan.intervalDays = 14;
        plan.stepSize = 10;
        plan.finalDoseMg = 0.25;
        plan.doseTimes = waymark::planner::parseDoseTimes(QStringLiteral("08:00=0.5,14:00=0.5,22:00=0.5"));
        diary->savePlan(alprazolam.id, plan);
        m_session->lock(); // the pages are made again with the plan
        QVERIFY(m_session->unlockDemo());
        showPage(QStringLiteral("today"), QSize(1280, 800));
        m_window->requestActivate();
        auto *ring = m_window->findChild<QQuickItem *>(QStringLiteral("focusRing"));
        QVERIFY(ring);
        const QDate today(2026, 3, 15);
        auto logged = [&] {
            QStringList out;
            for (const waymark::DoseEvent &dose : m_session->diary()->doses(today))
                if (dose.drugId == alprazolam.id)
                    out.append((dose.time ? dose.time->toString(QStringLiteral("HH:mm")) : QStringLiteral("no time"))
                        + u' ' + QString::number(dose.micrograms));
            return out;
        };
        QVERIFY(logged().isEmpty());
        m_window->contentItem()->forceActiveFocus(Qt::OtherFocusReason);

        const QStringList times = { QStringLiteral("08:00"), QStringLiteral("14:00"), QStringLiteral("22:00") };
        const QStringList expected
            = { QStringLiteral("08:00 500"), QStringLiteral("14:00 500"), QStringLiteral("22:00 375") };
        QVERIFY(tabTo([](QQuickItem *c) { return c->objectName() == u"takePlannedAt_08:00"; }));
        for (int i = 0; i < times.size(); ++i) {
            QQuickItem *button = focusedControl();
            QVERIFY(button);
            QCOMPARE(button->objectName(), QStringLiteral("takePlannedAt_") + times[i]);
            QVERIFY2(button->property("visualFocus").toBool() && ring->property("showing").toBool(),
                qPrintable(times[i] + QStringLiteral(": no focus ring")));
            const QRectF box = button->mapRectToScene(QRectF(0, 0, button->width(), button->height()));
            QVERIFY2(QRectF(0, 0, m_window->width(), m_window->height()).contains(box), qPrintable(times[i]));
            QTest::keyClick(m_window, i == 1 ? Qt::Key_Return : Qt::Key_Space);
            QTRY_COMPARE(logged(), expected.mid(0, i + 1));
            QTest::qWait(50);
        }
        // all three taken: the focus went on to "Add a dose…", with its ring
        QQuickItem *after = focusedControl();
        QVERIFY(after);
        QCOMPARE(after->objectName(), QStringLiteral("addDoseButton"));
        QVERIFY(ring->property("showing").toBool());
        // and Tab goes on from there (not from the top of the window)
        QVERIFY(tabTo([](QQuickItem *c) { return isSegmentOf(c, u"wellbeingPicker"); }));
    }

    void textContrast_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void textContrast()
    {
        QFETCH(QString, theme);
        m_session->preferences().setTheme(theme);
        QQmlComponent probe(&m_engine);
        probe.setData("import QtQuick\nimport Waymark\nQtObject { property var theme: Theme }", QUrl());
        std::unique_ptr<QObject> holder(probe.create());
        QVERIFY2(holder, qPrintable(probe.errorString()));
        QObject *t = holder->property("theme").value<QObject *>();
        QVERIFY(t);
        auto colour = [t](const char *name) { return t->property(name).value<QColor>(); };
        // Text colours on every background they are drawn on.
        const QList<std::pair<const char *, const char *>> pairs = {
            { "text", "background" },
            { "text", "surface" },
            { "text", "surfaceAlt" },
            { "text", "accentSoft" },
            { "text", "safetyBackground" },
            { "textSoft", "background" },
            { "textSoft", "surface" },
            { "textSoft", "surfaceAlt" },
            { "accent", "background" },
            { "accent", "surface" },
            { "textOnAccent", "accentStrong" },
            { "calmWarning", "surface" },
            { "calmWarning", "background" },
            { "calmWarning", "safetyBackground" },
            { "success", "surface" },
        };
        QStringList failures;
        for (const auto &[fg, bg] : pairs) {
            const double ratio = contrast(colour(fg), colour(bg));
            if (ratio < 4.5)
                failures.append(
                    QStringLiteral("%1 on %2: %3:1").arg(QLatin1String(fg), QLatin1String(bg)).arg(ratio, 0, 'f', 2));
        }
        for (int severity = 0; severity <= 4; ++severity) {
            QVariant fill, ink;
            QMetaObject::invokeMethod(t, "severityColor", Q_RETURN_ARG(QVariant, fill), Q_ARG(QVariant, severity));
            QMetaObject::invokeMethod(t, "severityTextColor", Q_RETURN_ARG(QVariant, ink), Q_ARG(QVariant, severity));
            const double ratio = contrast(ink.value<QColor>(), fill.value<QColor>());
            if (ratio < 4.5)
                failures.append(QStringLiteral("severity %1 label: %2:1").arg(severity).arg(ratio, 0, 'f', 2));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(theme + QStringLiteral(": ") + failures.join(QStringLiteral(", "))));
    }

    void cleanupTestCase() { m_session->preferences().setTheme(QStringLiteral("light")); }

private:
    QObject *todayController()
    {
        auto *flick = m_window->findChild<QQuickItem *>(QStringLiteral("todayFlick"));
        return flick && flick->parentItem() ? flick->parentItem()->property("controller").value<QObject *>() : nullptr;
    }

    /** Types text into the focused control, a key event per character. */
    void typeText(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }

    static bool isSegmentOf(QQuickItem *control, QStringView picker)
    {
        QQuickItem *p = control->parentItem() ? control->parentItem()->parentItem() : nullptr;
        return control->objectName().startsWith(u"segment") && p && p->objectName() == picker;
    }

    /** The control around the keyboard focus (a text field's editor is inside its control). */
    QQuickItem *focusedControl() const
    {
        for (QQuickItem *i = m_window->activeFocusItem(); i; i = i->parentItem())
            if (i->property("visualFocus").isValid() || i->property("focusReason").isValid())
                return i;
        return m_window->activeFocusItem();
    }

    /**
     * Presses Tab (or Shift+Tab) until `wanted` has the focus, at most 300 times; at every stop the
     * focused control must be inside the window with the focus ring drawn around it.
     */
    bool tabTo(const std::function<bool(QQuickItem *)> &wanted, bool forward = true)
    {
        auto *ring = m_window->findChild<QQuickItem *>(QStringLiteral("focusRing"));
        if (!ring)
            return false;
        for (int i = 0; i < 300; ++i) {
            QTest::keyClick(
                m_window, forward ? Qt::Key_Tab : Qt::Key_Backtab, forward ? Qt::NoModifier : Qt::ShiftModifier);
            QTest::qWait(40); // the ring and the scrolling follow after the focus change
            QQuickItem *control = focusedControl();
            if (!control)
                continue;
            const QRectF box = control->mapRectToScene(QRectF(0, 0, control->width(), control->height()));
            if (!QRectF(0, 0, m_window->width(), m_window->height()).adjusted(-1, -1, 1, 1).contains(box)) {
                qWarning("focus out of view: %s at %.0f,%.0f", qPrintable(where(control)), box.x(), box.y());
                return false;
            }
            const QVariant visualFocus = control->property("visualFocus");
            const int reason = control->property("focusReason").toInt();
            const bool byKeyboard = visualFocus.isValid()
                ? visualFocus.toBool()
                : reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason;
            if (byKeyboard && !ring->property("showing").toBool()) {
                qWarning("no focus ring on %s", qPrintable(where(control)));
                return false;
            }
            if (wanted(control))
                return true;
        }
        qWarning("Tab never reached the control");
        return false;
    }

    /**
     * Opens a page of the real window ("unlock": the diary locked; "create": no diary yet, the
     * first-run screen; "firstrun-*": the steps after creating).
     */
    void showPage(const QString &page, QSize size)
    {
        QObject *root = m_window;
        root->setProperty("firstRunStep", QString());
        if (m_session->path() != m_demoPath)
            m_session->setPath(m_demoPath); // back from "create"
        if (page == u"create") {
            m_session->setPath(m_dir.filePath(QStringLiteral("not-made-yet.waymark")));
            QCOMPARE(m_session->state(), Session::NoDiary);
        } else if (page == u"unlock") {
            m_session->lock();
        } else {
            if (m_session->state() != Session::Unlocked)
                QVERIFY(m_session->unlockDemo());
            if (page.startsWith(u"firstrun-")) {
                root->setProperty("firstRunStep", QStringLiteral("medicines"));
                QTest::qWait(100);
                QObject *steps = m_window->findChild<QObject *>(QStringLiteral("firstRun"));
                QVERIFY(steps);
                steps->setProperty("step", page.mid(9));
            } else {
                // the shell's page (the tab bar and rail assign it, so Session.startPage no longer moves it)
                QObject *shell = findShell(m_window->contentItem());
                QVERIFY(shell);
                const int index = shell->property("pageNames").toStringList().indexOf(page);
                QVERIFY(index >= 0);
                shell->setProperty("currentIndex", index);
            }
        }
        m_window->resize(size);
        QTest::qWait(400); // layouts, loaders and the chart settle
    }

    waymark::FixedClock m_clock { QDateTime(QDate(2026, 3, 15), QTime(12, 0)) };
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
    QString m_demoPath;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
