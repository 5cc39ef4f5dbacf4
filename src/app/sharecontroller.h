// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diarywatcher.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <memory>

class ReportRenderer;

/**
 * The Share page: the clinician summary's choices (range, sections, name and date of birth, paper),
 * its pages for the preview (ReportPageView paints them), saving it as a PDF, and the drug-history
 * text. The content is waymark::report::buildSummary's; the pages are ReportRenderer's, as the CLI's.
 */
class ShareController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY choicesChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY choicesChanged)
    /** The range's days as shown on the page, in the language's date format ("16 Dec 2025"). */
    Q_PROPERTY(QString fromText READ fromText NOTIFY choicesChanged)
    Q_PROPERTY(QString toText READ toText NOTIFY choicesChanged)
    /** [{key, label}] of the sections the person can leave out. */
    Q_PROPERTY(QVariantList sectionChoices READ sectionChoices CONSTANT)
    Q_PROPERTY(QStringList sections READ sections NOTIFY choicesChanged)
    Q_PROPERTY(bool includeName READ includeName WRITE setIncludeName NOTIFY choicesChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY choicesChanged)
    Q_PROPERTY(bool includeBirthDate READ includeBirthDate WRITE setIncludeBirthDate NOTIFY choicesChanged)
    Q_PROPERTY(QString birthDate READ birthDate WRITE setBirthDate NOTIFY choicesChanged)
    /** "a4" or "letter"; from the locale until the person chooses. */
    Q_PROPERTY(QString paper READ paper WRITE setPaper NOTIFY choicesChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY previewChanged)
    /** Page height / width, for the preview's frames. */
    Q_PROPERTY(double pageAspect READ pageAspect NOTIFY previewChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY previewChanged)
    Q_PROPERTY(QString historyText READ historyText NOTIFY previewChanged)
    Q_PROPERTY(QString suggestedFileName READ suggestedFileName NOTIFY choicesChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY statusChanged)
    Q_PROPERTY(QString doneText READ doneText NOTIFY statusChanged)

public:
    explicit ShareController(QObject *parent = nullptr);
    ~ShareController() override;

    bool active() const { return m_active; }
    void setActive(bool active);
    QString fromDate() const { return m_from.toString(Qt::ISODate); }
    void setFromDate(const QString &iso);
    QString toDate() const { return m_to.toString(Qt::ISODate); }
    void setToDate(const QString &iso);
    QString fromText() const { return dayText(m_from); }
    QString toText() const { return dayText(m_to); }
    /** A day as the page shows it (DateFormat "d MMM yyyy" in the default locale). */
    static QString dayText(const QDate &day);
    static QVariantList sectionChoices();
    QStringList sections() const;
    bool includeName() const { return m_includeName; }
    void setIncludeName(bool on);
    QString name() const { return m_name; }
    void setName(const QString &name);
    bool includeBirthDate() const { return m_includeBirthDate; }
    void setIncludeBirthDate(bool on);
    QString birthDate() const { return m_birthDate; }
    void setBirthDate(const QString &iso);
    QString paper() const { return m_paper; }
    void setPaper(const QString &paper);
    int pageCount() const;
    double pageAspect() const;
    QString summaryText() const { return m_summaryText; }
    QString historyText() const { return m_historyText; }
    QString suggestedFileName() const;
    QString errorText() const { return m_errorText; }
    QString errorField() const { return m_errorField; }
    QString doneText() const { return m_doneText; }

    /** The pages as laid out for the current choices (nullptr while locked or on a bad range). */
    const ReportRenderer *renderer() const { return m_renderer.get(); }

    Q_INVOKABLE void setSection(const QString &key, bool on);
    /** Back to the default range (since the first plan began, at least the last 3 months). */
    Q_INVOKABLE void resetRange();
    /** Writes the PDF (a file URL from the dialog, or a local path); false with errorText on failure. */
    Q_INVOKABLE bool save(const QUrl &file);
    Q_INVOKABLE bool saveToPath(const QString &path);
    Q_INVOKABLE void copyHistoryText();
    /** Rebuilds the summary and its pages now (the page does it after each change by itself). */
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void activeChanged();
    void choicesChanged();
    void previewChanged();
    void statusChanged();

private:
    void changed();
    void setStatus(const QString &error, const QString &field, const QString &done);

    DiaryWatcher m_watch { this };
    QTimer m_rebuild;
    bool m_active = false;
    bool m_stale = true;
    QDate m_from, m_to;
    unsigned m_sections = 0;
    bool m_includeName = false;
    QString m_name;
    bool m_includeBirthDate = false;
    QString m_birthDate;
    QString m_paper;
    std::unique_ptr<ReportRenderer> m_renderer;
    QString m_summaryText;
    QString m_historyText;
    QString m_errorText, m_errorField, m_doneText;
};
