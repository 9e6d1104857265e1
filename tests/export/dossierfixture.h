#pragma once

// A small database for export tests: three news articles on one story (English, with one
// Chinese paragraph), extracted, tagged and annotated. Header-only; link annalist_export.

#include "pipeline/extractionrunner.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/tagstore.h"

#include <QList>
#include <QString>

namespace Annalist::TestSupport {

struct DossierFixture
{
    QString error; // empty when the database was built
    QList<qint64> articles;
    QList<qint64> annotations; // of the first article: short, multi-line (Chinese note), short
    QString chineseNote;
};

inline QString exportArticleText(int variant)
{
    // Paragraphs long enough to wrap over many lines; names and dates the extractor finds.
    const QString a = QStringLiteral(
        "WASHINGTON — The Commerce Department tightened export controls on advanced AI chips on June 26, 2025, "
        "a move that officials said would slow the training of frontier models abroad. Gina Raimondo told "
        "reporters in Washington that the rules close loopholes that let Nvidia sell modified accelerators to "
        "customers in Beijing.\n\n"
        "Industry groups warned that the measures would cost American firms billions in lost sales. The "
        "Semiconductor Industry Association said in a statement that it had not been consulted before the rules "
        "were published, and that allies such as the Netherlands and Japan had not yet agreed to match them. "
        "Analysts at Bernstein estimated that Nvidia could lose up to a fifth of its data-centre revenue in China "
        "over the next year, although the company has said it will work with the government on compliant "
        "products.\n\n"
        "“We are not going to let the most advanced technology flow to a strategic competitor,” Raimondo said. "
        "The rules take effect on July 15, 2025, and apply to chips made anywhere with American tools.\n\n");
    const QString b = QStringLiteral(
        "BEIJING — China's Ministry of Commerce condemned the American restrictions on June 27, 2025, calling "
        "them a violation of market principles. Huawei said it would accelerate work on its own Ascend "
        "processors, and Alibaba announced a new cloud region in Singapore.\n\n"
        "Officials in Beijing said they would file a complaint with the World Trade Organization. Shares of "
        "Chinese chipmakers rose in Shanghai as investors bet on domestic substitutes.\n\n");
    const QString c = QStringLiteral(
        "TOKYO — Japan's government said on July 1, 2025, that it would review its own export rules after talks "
        "with the United States and the Netherlands. ASML, the Dutch maker of lithography machines, said its "
        "outlook was unchanged.\n\n"
        "中国商务部发言人表示，美方的做法严重违反市场经济原则。日本政府将在七月审议出口管制规则。\n\n"
        "Tokyo Electron said sales to China made up almost half of its revenue last quarter.\n\n");
    QString text = variant == 0 ? a : variant == 1 ? b : c;
    // Longer articles so that the dossier spans several pages per article.
    const QString filler = QStringLiteral(
        "Background: the controls build on rules first announced in October 2022 and widened in October 2023, "
        "which restricted the sale of high-end accelerators and chip-making equipment. Companies have since "
        "designed products that stay just below the performance thresholds, and the new rules lower those "
        "thresholds again. Lawyers who advise exporters said the licensing process would slow shipments even to "
        "customers who are eventually approved.\n\n");
    for (int i = 0; i < (variant == 0 ? 6 : 3); ++i)
        text += filler;
    return text;
}

inline DossierFixture buildDossierFixture(const QString &path)
{
    DossierFixture fixture;
    {
        Database db(path);
        if (!db.open()) {
            fixture.error = db.errorString();
            return fixture;
        }
        ArticleStore articles(db.connection());
        const QStringList titles = {QStringLiteral("US tightens AI chip export controls"),
                                    QStringLiteral("China condemns chip restrictions"),
                                    QStringLiteral("Japan to review export rules")};
        const QStringList sources = {QStringLiteral("Wire Service"), QStringLiteral("Asia Desk"),
                                     QStringLiteral("Tokyo Bureau")};
        for (int i = 0; i < 3; ++i) {
            ArticleRecord record;
            record.title = titles.at(i);
            record.source = sources.at(i);
            record.author = i == 0 ? QStringLiteral("Jane Doe") : QString();
            record.url = QStringLiteral("https://news.example/%1").arg(i + 1);
            record.published = QDate(2025, 6, 26 + i);
            record.publishedSource = QStringLiteral("metadata");
            record.importedAt = QDateTime::currentDateTimeUtc();
            record.filePath = QStringLiteral("/tmp/article-%1.txt").arg(i + 1);
            record.format = QStringLiteral("text");
            record.original = exportArticleText(i);
            record.content = record.original;
            record.contentHash = ArticleStore::contentHash(record.content);
            const auto result = articles.insert(record);
            if (result.status != ArticleStore::InsertStatus::Inserted) {
                fixture.error = QStringLiteral("insert failed: ") + articles.errorString();
                return fixture;
            }
            fixture.articles.append(result.id);
        }
        TagStore tags(db.connection());
        const auto policy = tags.ensureTag(QStringLiteral("policy/export-controls"));
        const auto china = tags.ensureTag(QStringLiteral("china"));
        if (!policy || !china) {
            fixture.error = tags.errorString();
            return fixture;
        }
        for (qint64 id : fixture.articles)
            tags.assign(id, *policy);
        tags.assign(fixture.articles.at(1), *china);

        AnnotationStore annotations(db.connection());
        auto annotate = [&](qint64 article, const QString &quote, const QString &color, const QString &note,
                            const QStringList &annotationTags, int from = 0) -> bool {
            const QString articleText = exportArticleText(int(fixture.articles.indexOf(article)));
            Annotation annotation;
            annotation.articleId = article;
            annotation.start = articleText.indexOf(quote, from);
            annotation.length = quote.size();
            annotation.color = color;
            annotation.note = note;
            annotation.tags = annotationTags;
            annotation.author = QStringLiteral("A. Analyst");
            const auto id = annotations.create(annotation);
            if (!id) {
                fixture.error = annotations.errorString();
                return false;
            }
            if (article == fixture.articles.constFirst())
                fixture.annotations.append(*id);
            return true;
        };
        fixture.chineseNote = QStringLiteral("需要核实：这一估计来自伯恩斯坦的分析师。");
        if (!annotate(fixture.articles.at(0), QStringLiteral("tightened export controls on advanced AI chips"),
                      QStringLiteral("yellow"), QStringLiteral("Check against the Federal Register notice."),
                      {QStringLiteral("policy/export-controls")})
            || !annotate(fixture.articles.at(0),
                         QStringLiteral("Analysts at Bernstein estimated that Nvidia could lose up to a fifth of its "
                                        "data-centre revenue in China over the next year, although the company has "
                                        "said it will work with the government on compliant products."),
                         QStringLiteral("blue"), fixture.chineseNote, {})
            || !annotate(fixture.articles.at(0),
                         QStringLiteral("apply to chips made anywhere with American tools"), QStringLiteral("pink"),
                         QStringLiteral("Effective date — confirm."), {})
            || !annotate(fixture.articles.at(1), QStringLiteral("file a complaint with the World Trade Organization"),
                         QStringLiteral("green"), QStringLiteral("Has the complaint been filed?"), {})
            || !annotate(fixture.articles.at(2), QStringLiteral("美方的做法严重违反市场经济原则"),
                         QStringLiteral("orange"), QStringLiteral("Ministry statement, quoted in Chinese."), {}))
            return fixture;
    }
    ExtractionRunner runner(path);
    if (!runner.run())
        fixture.error = QStringLiteral("extraction failed: ") + runner.errorString();
    return fixture;
}

} // namespace Annalist::TestSupport
