#include "store/searchquery.h"

#include <QTest>

using namespace Annalist;

class TestSearchQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fts");
        QTest::newRow("word") << "zhipu" << "\"zhipu\"";
        QTest::newRow("implicit and") << "zhipu tsinghua" << "\"zhipu\" AND \"tsinghua\"";
        QTest::newRow("phrase") << "\"export controls\"" << "\"export controls\"";
        QTest::newRow("phrase spacing") << "\"  export   controls \"" << "\"export controls\"";
        QTest::newRow("prefix") << "regulat*" << "\"regulat\"*";
        QTest::newRow("phrase prefix") << "\"large lang\"*" << "\"large lang\"*";
        QTest::newRow("or") << "chips OR semiconductors" << "\"chips\" OR \"semiconductors\"";
        QTest::newRow("not") << "ai NOT openai" << "\"ai\" NOT \"openai\"";
        QTest::newRow("and explicit") << "a AND b" << "\"a\" AND \"b\"";
        QTest::newRow("parentheses") << "(zhipu OR moonshot) AND \"entity list\""
                                     << "(\"zhipu\" OR \"moonshot\") AND \"entity list\"";
        QTest::newRow("nested") << "((a))" << "((\"a\"))";
        QTest::newRow("lower-case operators are words") << "war and peace" << "\"war\" AND \"and\" AND \"peace\"";
        QTest::newRow("fts syntax is quoted") << "\"title:secret\" NEAR/2 ^start" << "\"title:secret\" AND \"NEAR/2\" AND \"^start\"";
        QTest::newRow("colon before a space is a word") << "Update: zhipu" << "\"Update:\" AND \"zhipu\"";
        QTest::newRow("times and ratios are words") << "10:30 3:1" << "\"10:30\" AND \"3:1\"";
        QTest::newRow("sql is quoted") << "x'; DROP TABLE articles; --"
                                       << "\"x';\" AND \"DROP\" AND \"TABLE\" AND \"articles;\" AND \"--\"";
        QTest::newRow("unicode") << "智谱 Zürich" << "\"智谱\" AND \"Zürich\"";
    }
    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, fts);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY2(query.isValid(), qPrintable(query.errorString()));
        QCOMPARE(query.ftsExpression(), fts);
    }

    void matchRanges_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("hits");
        QTest::newRow("word, any case") << "export" << "Export rules; the EXPORT ban." << QStringList{"Export", "EXPORT"};
        QTest::newRow("inflections the index stems") << "export" << "exports, exported and exporting, not exporter-friendly exportable"
                                                      << QStringList{"exports", "exported", "exporting", "exporter"};
        QTest::newRow("whole words only") << "ai" << "Said the AI chair; paid." << QStringList{"AI"};
        QTest::newRow("prefix") << "regulat*" << "Regulators regulate; irregular." << QStringList{"Regulators", "regulate"};
        QTest::newRow("phrase across white space") << "\"export controls\"" << "new export\n  controls and export rules"
                                                  << QStringList{"export\n  controls"};
        QTest::newRow("NOT terms are not hits") << "chips NOT nvidia" << "Nvidia chips" << QStringList{"chips"};
        QTest::newRow("fields are not hits") << "tag:policy zhipu" << "policy of Zhipu" << QStringList{"Zhipu"};
        QTest::newRow("overlapping terms merge") << "\"china chips\" chips" << "China chips" << QStringList{"China chips"};
        QTest::newRow("unicode") << "zürich 智谱" << "In Zürich, 智谱 said" << QStringList{"Zürich", "智谱"};
        QTest::newRow("no hit") << "moonshot" << "nothing here" << QStringList{};
    }
    void matchRanges()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(QStringList, hits);
        const SearchQuery parsed = SearchQuery::parse(query);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.errorString()));
        QStringList found;
        qsizetype previousEnd = -1;
        for (const auto &range : parsed.matchRanges(text)) {
            QVERIFY(range.first >= previousEnd); // sorted, not overlapping
            previousEnd = range.first + range.second;
            found << text.mid(range.first, range.second);
        }
        QCOMPARE(found, hits);
    }
    void matchRangesOfInvalidQuery() { QVERIFY(SearchQuery::parse(QStringLiteral("\"open")).matchRanges(QStringLiteral("open")).isEmpty()); }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("position");
        QTest::newRow("empty") << "" << 0;
        QTest::newRow("blank") << "   " << 0;
        QTest::newRow("open quote") << "ai \"export" << 3;
        QTest::newRow("empty phrase") << "\"\"" << 0;
        QTest::newRow("unclosed paren") << "(a OR b" << 0;
        QTest::newRow("stray close") << "a)" << 1;
        QTest::newRow("empty parens") << "a ()" << 2;
        QTest::newRow("leading or") << "OR a" << 0;
        QTest::newRow("trailing and") << "a AND" << 5;
        QTest::newRow("double operator") << "a AND OR b" << 6;
        QTest::newRow("not at the end") << "a NOT" << 5;
        QTest::newRow("unknown field") << "zhipu title:secret" << 6;
        QTest::newRow("unknown field, url") << "https://example.com" << 0;
        QTest::newRow("field without value") << "tag: policy" << 4;
        QTest::newRow("field without value at the end") << "a tag:" << 6;
        QTest::newRow("field quote not closed") << "entity:\"Zhipu AI" << 7;
        QTest::newRow("field empty quotes") << "entity:\"\"" << 7;
        QTest::newRow("empty tag path") << "tag://" << 4;
        QTest::newRow("unknown type") << "type:COMPANY" << 5;
        QTest::newRow("unknown has") << "x has:pictures" << 6;
        QTest::newRow("star on type") << "type:ORG*" << 5;
        QTest::newRow("bad date") << "date:2025-13" << 5;
        QTest::newRow("bad day") << "date:2025-02-30" << 5;
        QTest::newRow("bad end date") << "date:2025-01..soon" << 14;
        QTest::newRow("reversed range") << "date:2025-06..2025-01" << 5;
        QTest::newRow("two ranges") << "date:2025..2026..2027" << 5;
        QTest::newRow("empty range") << "date:.." << 5;
        QTest::newRow("field after operator") << "tag:a AND OR b" << 10;
        QTest::newRow("unclosed paren with field") << "(tag:a OR source:AFP" << 0;
        QTest::newRow("lonely star") << "a *" << 2;
    }
    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(int, position);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY(!query.isValid());
        QVERIFY(!query.errorString().isEmpty());
        QVERIFY(query.ftsExpression().isEmpty());
        QVERIFY(query.describe().isEmpty());
        QCOMPARE(query.errorPosition(), qsizetype(position));
    }

    void messages()
    {
        QVERIFY(SearchQuery::parse(QStringLiteral("title:x")).errorString().contains(QLatin1String("title")));
        QVERIFY(SearchQuery::parse(QStringLiteral("type:COMPANY")).errorString().contains(QLatin1String("PRODUCT")));
        QVERIFY(SearchQuery::parse(QStringLiteral("date:2025-13")).errorString().contains(QLatin1String("2025-13")));
        QVERIFY(SearchQuery::parse(QStringLiteral("has:x")).errorString().contains(QLatin1String("note")));
    }

    // Field filters and their combination with words and operators, in canonical form.
    void parsed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("tree");
        QTest::addColumn<QString>("rank");
        QTest::newRow("tag") << "tag:policy/export-controls" << "tag:\"policy/export-controls\"" << "";
        QTest::newRow("tag path cleaned") << "tag:\" policy / export  controls \"" << "tag:\"policy/export controls\"" << "";
        QTest::newRow("entity quoted") << "entity:\"Zhipu AI\"" << "entity:\"Zhipu AI\"" << "";
        QTest::newRow("entity prefix") << "entity:Zhip*" << "entity:\"Zhip\"*" << "";
        QTest::newRow("type case") << "type:product" << "type:PRODUCT" << "";
        QTest::newRow("type synonym") << "TYPE:organisation" << "type:ORG" << "";
        QTest::newRow("date month range") << "date:2025-01..2025-06" << "date:2025-01-01..2025-06-30" << "";
        QTest::newRow("date year") << "date:2025" << "date:2025-01-01..2025-12-31" << "";
        QTest::newRow("date leap month") << "date:2024-02" << "date:2024-02-01..2024-02-29" << "";
        QTest::newRow("date open end") << "date:2025-03-01.." << "date:2025-03-01..9999-12-31" << "";
        QTest::newRow("date open start") << "date:..2025-06" << "date:0001-01-01..2025-06-30" << "";
        QTest::newRow("source") << "source:AFP" << "source:\"AFP\"" << "";
        QTest::newRow("has") << "has:notes" << "has:note" << "";
        QTest::newRow("has annotation") << "has:highlight" << "has:annotation" << "";
        QTest::newRow("words and fields") << "china tag:policy \"export controls\""
                                          << "(AND \"china\" tag:\"policy\" \"export controls\")"
                                          << "\"china\" AND \"export controls\"";
        QTest::newRow("field or field") << "tag:x OR entity:\"Y\"" << "(OR tag:\"x\" entity:\"Y\")" << "";
        QTest::newRow("leading not field") << "NOT source:AFP" << "(NOT source:\"AFP\")" << "";
        QTest::newRow("and not") << "chips AND NOT source:AFP" << "(AND \"chips\" (NOT source:\"AFP\"))" << "\"chips\"";
        QTest::newRow("except field") << "chips NOT has:note" << "(EXCEPT \"chips\" has:note)" << "\"chips\"";
        QTest::newRow("leading not word") << "NOT zhipu" << "(NOT \"zhipu\")" << "";
        QTest::newRow("precedence") << "a OR b tag:c" << "(OR \"a\" (AND \"b\" tag:\"c\"))" << "\"a\" OR \"b\"";
        QTest::newRow("parentheses") << "(a OR tag:b) c" << "(AND (OR \"a\" tag:\"b\") \"c\")" << "\"a\" AND \"c\"";
        QTest::newRow("field values are not operators") << "tag:OR entity:AND" << "(AND tag:\"OR\" entity:\"AND\")" << "";
        QTest::newRow("field next to parenthesis") << "(has:note)" << "has:note" << "";
        QTest::newRow("injection in a value") << "source:\"x' OR 1=1; DROP TABLE articles; --\""
                                              << "source:\"x' OR 1=1; DROP TABLE articles; --\"" << "";
    }
    void parsed()
    {
        QFETCH(QString, input);
        QFETCH(QString, tree);
        QFETCH(QString, rank);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY2(query.isValid(), qPrintable(query.errorString()));
        QCOMPARE(query.describe(), tree);
        QCOMPARE(query.rankExpression(), rank);
        QVERIFY(query.ftsExpression().isEmpty()); // the index cannot answer these alone
    }

    void terms()
    {
        const SearchQuery query =
            SearchQuery::parse(QStringLiteral("china \"export controls\" regulat* NOT memory tag:x (china OR NOT chips)"));
        QVERIFY(query.isValid());
        QCOMPARE(query.terms(), (QList<SearchQuery::Term>{{QStringLiteral("china"), false},
                                                          {QStringLiteral("export controls"), false},
                                                          {QStringLiteral("regulat"), true}}));
    }

    // Whatever the analyst types, the SQL is the compiler's own text; values are bound.
    void nothingTypedReachesSql_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("word") << "robert'; DROP TABLE articles;--";
        QTest::newRow("phrase") << "\"a\"\" OR 1=1 --\"";
        QTest::newRow("tag") << "tag:\"x') UNION SELECT sql FROM sqlite_master --\"";
        QTest::newRow("entity") << "entity:\"Y' OR '1'='1\"";
        QTest::newRow("source") << "source:%_\\ OR source:DROP*";
        QTest::newRow("mixed") << "NOT (tag:DELETE OR \"FROM articles\") date:2025";
    }
    void nothingTypedReachesSql()
    {
        QFETCH(QString, input);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY2(query.isValid(), qPrintable(query.errorString()));
        for (const SearchQuery::Sql &sql : {query.articleCondition(QStringLiteral("a.id"), QStringLiteral("a")),
                                            query.articleCondition(QStringLiteral("a.id"), {}, false),
                                            query.extendedTextProbe(),
                                            query.annotationCondition(QStringLiteral("n.id"))}) {
            QCOMPARE(sql.sql.count(QLatin1Char('?')), sql.binds.size());
            for (const char *typed : {"DROP", "DELETE", "UNION SELECT sql", "1=1", "'1'", "robert", "FROM articles\""})
                QVERIFY2(!sql.sql.contains(QLatin1String(typed)), qPrintable(sql.sql));
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
