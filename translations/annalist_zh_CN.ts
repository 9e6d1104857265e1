<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Annalist::ArticleListModel</name>
    <message>
        <location filename="../models/itemmodels/articlelistmodel.cpp" line="+119"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleListPane</name>
    <message>
        <location filename="../views/articlelistpane.cpp" line="+25"/>
        <source>Search text: words, &quot;phrases&quot;, prefix*, AND, OR, NOT, ( )</source>
        <translation>搜索文本：词语、&quot;短语&quot;、前缀*、AND、OR、NOT、( )</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-text search</source>
        <translation>全文搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by title or source</source>
        <translation>按标题或来源筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter articles</source>
        <translation>筛选文章</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Search problem: %1</source>
        <translation>搜索有误：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%n 篇匹配的文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleStore</name>
    <message>
        <location filename="../models/store/articlestore.cpp" line="+58"/>
        <source>Character %1: %2</source>
        <translation>第 %1 个字符：%2</translation>
    </message>
    <message>
        <location line="+201"/>
        <location line="+95"/>
        <location line="+26"/>
        <source>There is no article %1.</source>
        <translation>不存在文章 %1。</translation>
    </message>
</context>
<context>
    <name>Annalist::CommandRegistry</name>
    <message>
        <location filename="../app/commands/commandregistry.cpp" line="+38"/>
        <source>Usage: annalist [--db FILE] [PATH...]
       annalist COMMAND [OPTIONS]

Without a command, opens the window (and imports any PATH given).

Commands (run without a window):
</source>
        <translation>用法：annalist [--db FILE] [PATH...]
      annalist COMMAND [OPTIONS]

不带命令时打开窗口（并导入给出的每个 PATH）。

命令（不打开窗口运行）：
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
&apos;annalist COMMAND --help&apos; describes a command&apos;s options.
</source>
        <translation>
运行 &apos;annalist COMMAND --help&apos; 可查看某个命令的选项。
</translation>
    </message>
</context>
<context>
    <name>Annalist::CommandSupport</name>
    <message>
        <location filename="../app/commands/commandsupport.cpp" line="+23"/>
        <source>Database file to use (default: %1).</source>
        <translation>要使用的数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write one JSON document (an array of objects) to stdout.</source>
        <translation>向 stdout 输出一个 JSON 文档（对象数组）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>请尝试 &apos;%1 --help&apos;。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no database at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
</context>
<context>
    <name>Annalist::Database</name>
    <message>
        <location filename="../models/store/database.cpp" line="+54"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an Annalist database: %2</source>
        <translation>%1 不是 Annalist 数据库：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot configure the database: %1</source>
        <translation>无法配置数据库：%1</translation>
    </message>
</context>
<context>
    <name>Annalist::EntityCommands</name>
    <message>
        <location filename="../app/commands/entitycommands.cpp" line="+27"/>
        <source>List the people, organisations, places, products and events found.</source>
        <translation>列出找到的人物、组织、地点、产品和事件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the entities of article ID.</source>
        <translation>仅列出文章 ID 的实体。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>annalist entities: --article needs a positive article id.</source>
        <translation>annalist entities：--article 需要一个正整数文章 ID。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>List dated events with the span each covers and its sentence.</source>
        <translation>列出带日期的事件，以及每个事件涵盖的时间范围和所在句子。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only events whose span ends on or after DATE (YYYY-MM-DD).</source>
        <translation>仅列出时间范围在 DATE（YYYY-MM-DD）当天或之后结束的事件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only events whose span begins on or before DATE (YYYY-MM-DD).</source>
        <translation>仅列出时间范围在 DATE（YYYY-MM-DD）当天或之前开始的事件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only events of articles that mention NAME.</source>
        <translation>仅列出提及 NAME 的文章中的事件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>annalist timeline: --%1 needs a date like 2026-01-31, not &quot;%2&quot;.</source>
        <translation>annalist timeline：--%1 需要形如 2026-01-31 的日期，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Merge entities into one: --into NAME NAME...</source>
        <translation>将多个实体合并为一个：--into NAME NAME...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename an entity: NAME NEW-NAME</source>
        <translation>重命名实体：NAME NEW-NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change an entity&apos;s type: NAME PERSON|ORG|PLACE|PRODUCT|EVENT</source>
        <translation>更改实体类型：NAME PERSON|ORG|PLACE|PRODUCT|EVENT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never show these names as entities again: NAME...</source>
        <translation>不再将这些名称显示为实体：NAME...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The entity the others become.</source>
        <translation>其他实体将合并到的目标实体。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity names (canonical names or aliases).</source>
        <translation>实体名称（规范名称或别名）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give --into NAME and at least one NAME to merge into it</source>
        <translation>请提供 --into NAME 以及至少一个要合并进去的 NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the current NAME and the NEW-NAME</source>
        <translation>请提供当前的 NAME 和 NEW-NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a NAME and one of PERSON, ORG, PLACE, PRODUCT, EVENT</source>
        <translation>请提供 NAME 以及 PERSON、ORG、PLACE、PRODUCT、EVENT 之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give at least one NAME</source>
        <translation>请至少提供一个 NAME</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Correction recorded; %n article(s) re-extracted.</source>
        <translation>
            <numerusform>已记录更正；已重新提取 %n 篇文章。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::EntityModel</name>
    <message>
        <location filename="../models/itemmodels/entitymodel.cpp" line="+226"/>
        <source>Also: %1</source>
        <translation>别名：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n 次提及</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>Annalist::EntitySidebar</name>
    <message>
        <location filename="../views/entitysidebar.cpp" line="+48"/>
        <location line="+222"/>
        <source>This article</source>
        <translation>当前文章</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+222"/>
        <source>All articles</source>
        <translation>所有文章</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+1"/>
        <source>Previous mention</source>
        <translation>上一处提及</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Next mention</source>
        <translation>下一处提及</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+194"/>
        <source>Filter entities…</source>
        <translation>筛选实体…</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Filter entities</source>
        <translation>筛选实体</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+114"/>
        <source>Related entities</source>
        <translation>相关实体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Related to %1</source>
        <translation>与 %1 相关</translation>
    </message>
    <message>
        <location filename="../views/entitysidebarreview.cpp" line="+88"/>
        <source>Show Articles Mentioning All</source>
        <translation>显示同时提及全部所选实体的文章</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show Articles</source>
        <translation>显示文章</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename Entity</source>
        <translation>重命名实体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Type</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add Alias…</source>
        <translation>添加别名…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Alias</source>
        <translation>添加别名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another name of “%1”:</source>
        <translation>“%1”的另一个名称：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove Alias</source>
        <translation>移除别名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split Alias Out</source>
        <translation>拆分别名</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Merge Selected</source>
        <translation>合并所选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge Selected into “%1”</source>
        <translation>将所选合并到“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select several entities, or drag one onto another</source>
        <translation>请选择多个实体，或将一个实体拖到另一个实体上</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Ignore %n Entities</source>
        <translation>
            <numerusform>忽略 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>Annalist::ExtractCommand</name>
    <message>
        <location filename="../app/commands/extractcommand.cpp" line="+35"/>
        <source>Find entities and dates in text files (no database).</source>
        <translation>在文本文件中查找实体和日期（不使用数据库）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write one JSON object per file, one per line (JSON Lines).</source>
        <translation>每个文件输出一个 JSON 对象，每行一个（JSON Lines）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication date that relative dates resolve against (overrides the date found in the text).</source>
        <translation>用于解析相对日期的发布日期（覆盖在文本中找到的日期）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text files to read.</source>
        <translation>要读取的文本文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>annalist extract: no FILE given.</source>
        <translation>annalist extract：未指定 FILE。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>annalist extract: --dct wants a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>annalist extract：--dct 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>Annalist::FilterChips</name>
    <message>
        <location filename="../views/filterchips.cpp" line="+36"/>
        <source>Entity filters</source>
        <translation>实体筛选器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear filters</source>
        <translation>清除筛选器</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Remove the filter “%1”</source>
        <translation>移除筛选器“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>Annalist::FindBar</name>
    <message>
        <location filename="../views/findbar.cpp" line="+31"/>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous match (Shift+Return)</source>
        <translation>上一个匹配项（Shift+Return）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Return)</source>
        <translation>下一个匹配项（Return）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aa</source>
        <comment>find bar: match case toggle</comment>
        <translation>Aa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+210"/>
        <source>%1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
</context>
<context>
    <name>Annalist::ImportCommand</name>
    <message>
        <location filename="../app/commands/importcommand.cpp" line="+16"/>
        <source>Import files and folders (txt, md, html, pdf, eml, docx).</source>
        <translation>导入文件和文件夹（txt、md、html、pdf、eml、docx）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files or folders to import.</source>
        <translation>要导入的文件或文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only store the articles; find entities and dates later (the window does it, or the next import).</source>
        <translation>仅存储文章；稍后再查找实体和日期（由窗口或下次导入完成）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>annalist import: no PATH given.</source>
        <translation>annalist import：未指定 PATH。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 imported, %2 duplicates, %3 failed, %4 skipped (%5 files read)</source>
        <translation>已导入 %1 个，重复 %2 个，失败 %3 个，跳过 %4 个（共读取 %5 个文件）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>entities and dates found in %1 articles</source>
        <translation>已在 %1 篇文章中找到实体和日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  duplicate of #%1: %2</source>
        <translation>  与 #%1 重复：%2</translation>
    </message>
</context>
<context>
    <name>Annalist::ImportProgress</name>
    <message>
        <location filename="../views/importprogress.cpp" line="+20"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the import after the files in progress; what is imported stays</source>
        <translation>处理完当前文件后停止导入；已导入的内容会保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause extraction; it resumes with the next import or start</source>
        <translation>暂停提取；将在下次导入或启动时继续</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Extracting entities and dates: %1 / %2 articles</source>
        <translation>正在提取实体和日期：%1 / %2 篇文章</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing %1 / %2 files</source>
        <translation>正在导入 %1 / %2 个文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 / %2 files · %3</source>
        <translation>正在导入 %1 / %2 个文件 · %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extracting entities and dates…</source>
        <translation>正在提取实体和日期…</translation>
    </message>
</context>
<context>
    <name>Annalist::ImportRunner</name>
    <message>
        <location filename="../models/pipeline/importrunner.cpp" line="+207"/>
        <source>not stored: %1</source>
        <translation>未存储：%1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>not stored: the database refused the batch (%1)</source>
        <translation>未存储：数据库拒绝了这批数据（%1）</translation>
    </message>
</context>
<context>
    <name>Annalist::Ingest</name>
    <message>
        <location filename="../models/ingest/decodedimport.cpp" line="+17"/>
        <source>empty file (only whitespace)</source>
        <translation>空文件（只有空白字符）</translation>
    </message>
    <message>
        <location filename="../models/ingest/filecollector.cpp" line="+29"/>
        <source>broken symbolic link</source>
        <translation>损坏的符号链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../models/ingest/importer.cpp" line="+68"/>
        <source>unknown file type (no suffix)</source>
        <translation>未知文件类型（无扩展名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/ingest/importer.cpp" line="+1"/>
        <source>unknown file type (.%1)</source>
        <translation>未知文件类型（.%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not readable (permission denied)</source>
        <translation>无法读取（权限不足）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>folder not readable (permission denied)</source>
        <translation>文件夹无法读取（权限不足）</translation>
    </message>
    <message>
        <location filename="../models/ingest/htmlimporter.cpp" line="+49"/>
        <source>the page&apos;s charset &quot;%1&quot; is not supported; decoded as %2</source>
        <translation>不支持页面的字符集“%1”；已按 %2 解码</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>could not parse the HTML</source>
        <translation>无法解析 HTML</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no readable text in the HTML page</source>
        <translation>HTML 页面中没有可读文本</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="+6"/>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file too large (%1 MB; at most %2 MB are read)</source>
        <translation>文件过大（%1 MB；最多读取 %2 MB）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/textdecoder.cpp" line="+73"/>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive or office document</source>
        <translation>ZIP 压缩包或 Office 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program</source>
        <translation>可执行程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an old Office document</source>
        <translation>旧版 Office 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <location filename="../models/ingest/docximporter.cpp" line="+30"/>
        <source>the XML declares a DTD, which a .docx never does</source>
        <translation>XML 声明了 DTD，而 .docx 文件从不包含 DTD</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>not a Word document (no word/document.xml in the archive)</source>
        <translation>不是 Word 文档（压缩包中没有 word/document.xml）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document expands to more than %1 MB or compresses suspiciously well (a zip bomb?)</source>
        <translation>文档解压后超过 %1 MB，或压缩率高得可疑（ZIP 炸弹？）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document is encrypted</source>
        <translation>文档已加密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document is damaged (the archive cannot be read)</source>
        <translation>文档已损坏（无法读取压缩包）</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../models/ingest/emlimporter.cpp" line="+122"/>
        <location filename="../models/ingest/pdfimporter.cpp" line="+151"/>
        <location filename="../models/ingest/textdecoder.cpp" line="+153"/>
        <location line="+19"/>
        <location line="+9"/>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a .docx archive: a password-protected document or an old Word (.doc) file</source>
        <translation>不是 .docx 压缩包：可能是受密码保护的文档或旧版 Word（.doc）文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a valid .docx file: %1</source>
        <translation>不是有效的 .docx 文件：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the document&apos;s XML is damaged: %1</source>
        <translation>文档的 XML 已损坏：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the document has no text</source>
        <translation>文档中没有文本</translation>
    </message>
    <message>
        <location filename="../models/ingest/textdecoder.cpp" line="-20"/>
        <source>UTF-32 text is not supported; save the file as UTF-8</source>
        <translation>不支持 UTF-32 文本；请将文件另存为 UTF-8</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n malformed UTF-16 code unit(s) replaced</source>
        <translation>
            <numerusform>已替换 %n 个格式错误的 UTF-16 码元</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>binary file, not text (looks like %1)</source>
        <translation>二进制文件，不是文本（看起来是 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>binary file, not text</source>
        <translation>二进制文件，不是文本</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not valid UTF-8, decoded as Latin-1 (Windows-1252)</source>
        <translation>不是有效的 UTF-8，已按 Latin-1（Windows-1252）解码</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n byte(s) that are not valid UTF-8 decoded as Latin-1 (Windows-1252)</source>
        <translation>
            <numerusform>已将 %n 个无效的 UTF-8 字节按 Latin-1（Windows-1252）解码</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ingest/ziparchive.cpp" line="+19"/>
        <source>not a zip archive (%1)</source>
        <translation>不是 ZIP 压缩包（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the archive has more than %1 entries</source>
        <translation>压缩包中的条目超过 %1 个</translation>
    </message>
    <message>
        <location filename="../models/ingest/emlimporter.cpp" line="-20"/>
        <source>the e-mail&apos;s body is empty</source>
        <translation>电子邮件正文为空</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not an e-mail message (no header lines)</source>
        <translation>不是电子邮件（没有邮件头）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the e-mail has no text or HTML body</source>
        <translation>电子邮件没有纯文本或 HTML 正文</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the e-mail&apos;s HTML body has no readable text</source>
        <translation>电子邮件的 HTML 正文中没有可读文本</translation>
    </message>
    <message>
        <location filename="../models/ingest/pdfimporter.cpp" line="+5"/>
        <source>not a PDF file (no %PDF header)</source>
        <translation>不是 PDF 文件（没有 %PDF 文件头）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF is damaged or truncated and cannot be read</source>
        <translation>PDF 已损坏或被截断，无法读取</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF is password-protected; remove the password (or print it to a new PDF) to import it</source>
        <translation>PDF 受密码保护；请移除密码（或将其打印为新的 PDF）后再导入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF has no pages (damaged or truncated?)</source>
        <translation>PDF 没有页面（已损坏或被截断？）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF has %1 pages; only the first %2 were read</source>
        <translation>PDF 共有 %1 页；仅读取了前 %2 页</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PDF has no text layer (scanned or image-only pages); text recognition (OCR) is not supported</source>
        <translation>PDF 没有文本层（扫描页或纯图像页）；不支持文字识别（OCR）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 pages have no text (scanned images?)</source>
        <translation>%2 页中有 %1 页没有文本（扫描图像？）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF seems truncated (no end-of-file marker); text may be missing</source>
        <translation>PDF 似乎被截断（没有文件结束标记）；可能缺少文本</translation>
    </message>
</context>
<context>
    <name>Annalist::Language</name>
    <message>
        <location filename="../app/language.cpp" line="+14"/>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>Annalist::ListCommand</name>
    <message>
        <location filename="../app/commands/listcommand.cpp" line="+17"/>
        <source>List the articles in the database.</source>
        <translation>列出数据库中的文章。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>annalist list: unexpected argument %1</source>
        <translation>annalist list：意外的参数 %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Full-text search: words, &quot;phrases&quot;, prefix*, AND, OR, NOT, parentheses.</source>
        <translation>全文搜索：词语、&quot;短语&quot;、前缀*、AND、OR、NOT、括号。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show at most N hits (default 50).</source>
        <translation>最多显示 N 条结果（默认 50）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to search for.</source>
        <translation>要搜索的内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>annalist search: give a QUERY and a positive --limit.</source>
        <translation>annalist search：请提供 QUERY 和正数的 --limit。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No matches.</source>
        <translation>没有匹配项。</translation>
    </message>
</context>
<context>
    <name>Annalist::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+127"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>源文本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <comment>Import Files</comment>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search Articles</source>
        <translation>搜索文章(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Shift+F</source>
        <comment>Search Articles</comment>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Annalist</source>
        <translation>关于 Annalist(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the import to finish or cancel it before switching databases.</source>
        <translation>切换数据库前，请等待导入完成或取消导入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annalist could not open %1.

%2</source>
        <translation>Annalist 无法打开 %1。

%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Extraction stopped: %1</source>
        <translation>提取已停止：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found entities and dates in %n article(s)</source>
        <translation>
            <numerusform>已在 %n 篇文章中找到实体和日期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The sample articles could not be copied to %1.</source>
        <translation>无法将示例文章复制到 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — Annalist</source>
        <translation>%1 — Annalist</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The article could not be read: %1</source>
        <translation>无法读取文章：%1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>已导入 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>，跳过 %n 个重复项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n file(s) of unknown type skipped</source>
        <translation>
            <numerusform>，跳过 %n 个未知类型的文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf *.eml *.docx);;All files (*)</source>
        <translation>文章 (*.txt *.text *.md *.markdown *.html *.htm *.pdf *.eml *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Duplicate of article #%1: %2</source>
        <translation>与文章 #%1 重复：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annalist databases (*.db *.sqlite);;All files (*)</source>
        <translation>Annalist 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source text is coloured with KDE Syntax-Highlighting %1.</source>
        <translation>源文本由 KDE Syntax-Highlighting %1 着色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This build has no KDE Syntax-Highlighting: articles are shown without format colouring.</source>
        <translation>此版本未包含 KDE Syntax-Highlighting：文章显示时不带格式着色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Annalist</source>
        <translation>关于 Annalist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;A research browser for analysts: import articles, search them, read them.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;Database: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;面向分析人员的研究浏览器：导入文章、搜索文章、阅读文章。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建（运行于 Qt %3）。&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;数据库：%5&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language changes the next time Annalist starts.</source>
        <translation>语言将在下次启动 Annalist 时更改。</translation>
    </message>
</context>
<context>
    <name>Annalist::Migrator</name>
    <message>
        <location filename="../models/store/migrator.cpp" line="+65"/>
        <source>This database was written by a newer version of Annalist (schema version %1; this version knows versions up to %2). It was not changed. Open it with a newer Annalist.</source>
        <translation>此数据库由更新版本的 Annalist 写入（架构版本 %1；当前版本最高只支持到版本 %2）。数据库未被更改。请使用更新版本的 Annalist 打开。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read migration %1.</source>
        <translation>无法读取迁移 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>迁移到架构版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>Annalist::RelatedEntityModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/relatedentitymodel.cpp" line="+92"/>
        <source>%1 (%2): together in %n sentence(s)</source>
        <translation>
            <numerusform>%1（%2）：在 %n 个句子中同时出现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n article(s)</source>
        <translation>
            <numerusform>在 %n 篇文章中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sentences mentioning both</source>
        <translation>同时提及两者的句子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles mentioning both</source>
        <translation>同时提及两者的文章</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Related</source>
        <translation>相关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentences</source>
        <translation>句子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>Annalist::SearchQuery</name>
    <message>
        <location filename="../models/store/searchquery.cpp" line="+45"/>
        <source>The quotation mark is not closed.</source>
        <translation>引号未闭合。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quoted phrase is empty.</source>
        <translation>引号中的短语为空。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A * must follow the beginning of a word, as in regulat*.</source>
        <translation>* 必须跟在词的开头之后，例如 regulat*。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type a word to search for.</source>
        <translation>请输入要搜索的词语。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+97"/>
        <source>This closing parenthesis has no opening one.</source>
        <translation>此右括号没有对应的左括号。</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Unexpected text here.</source>
        <translation>此处有意外的文本。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The parentheses are empty.</source>
        <translation>括号中为空。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This parenthesis is not closed.</source>
        <translation>此括号未闭合。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NOT excludes words from a match: put a word before it, as in chips NOT memory.</source>
        <translation>NOT 用于从匹配结果中排除词语：请在它前面加一个词，例如 chips NOT memory。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a word on both sides.</source>
        <translation>%1 的两侧都需要有词语。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The query ends too early: a word is missing.</source>
        <translation>查询过早结束：缺少一个词语。</translation>
    </message>
</context>
<context>
    <name>Annalist::SourceView</name>
    <message>
        <location filename="../views/sourceviewentities.cpp" line="+135"/>
        <source>Highlight</source>
        <translation>突出显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>Annalist::TimelineWidget</name>
    <message>
        <location filename="../views/timelinewidget.cpp" line="+31"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all events (Home)</source>
        <translation>显示所有事件（Home）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the selected date range (Esc)</source>
        <translation>清除所选日期范围（Esc）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fit timeline to all events</source>
        <translation>调整时间线以显示所有事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear selected date range</source>
        <translation>清除所选日期范围</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Published</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>and %1 more</source>
        <translation>还有 %1 个</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No dated events</source>
        <translation>没有带日期的事件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 dated events from %2 to %3</source>
        <translation>%2 至 %3 之间的 %1 个带日期的事件</translation>
    </message>
</context>
<context>
    <name>ReviewAction</name>
    <message>
        <location filename="../models/itemmodels/entityreview.cpp" line="+39"/>
        <source>Rename “%1” to “%2”</source>
        <translation>将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change type of “%1” to %2</source>
        <translation>将“%1”的类型更改为%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add alias “%1” to “%2”</source>
        <translation>为“%2”添加别名“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove alias “%1” from “%2”</source>
        <translation>从“%2”中移除别名“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split “%1” out of “%2”</source>
        <translation>将“%1”从“%2”中拆分出来</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge “%1” into “%2”</source>
        <translation>将“%1”合并到“%2”</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Merge %n entities into “%1”</source>
        <translation>
            <numerusform>将 %n 个实体合并到“%1”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+17"/>
        <source>Ignore “%1”</source>
        <translation>忽略“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <location line="+17"/>
        <source>Ignore %n entities</source>
        <translation>
            <numerusform>忽略 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+23"/>
        <source>Could not save the correction.</source>
        <translation>无法保存更正。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+18"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
</context>
<context>
    <name>SourceOverlays</name>
    <message>
        <location filename="../views/sourceoverlays.cpp" line="+24"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../views/timelinepainter.cpp" line="+89"/>
        <source>No dated events</source>
        <translation>没有带日期的事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No events in this range</source>
        <translation>此范围内没有事件</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Date in text</source>
        <translation>文中日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected article</source>
        <translation>所选文章</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 events in view</source>
        <translation>视图中有 %1 个事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · histogram: events per %1 px, vague dates spread over their span</source>
        <translation> · 直方图：每 %1 像素的事件数，模糊日期按其时间范围分摊</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>peak %1</source>
        <translation>峰值 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+45"/>
        <source>Annalist, a research browser for analysts.</source>
        <translation>Annalist，面向分析人员的研究浏览器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files or folders to import.</source>
        <translation>要导入的文件或文件夹。</translation>
    </message>
</context>
</TS>
