using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.PenaltyMatters;

namespace EnforcementPortal.UnitTests.PenaltyMatters;

/// <summary>批量导入: each row of the table is new, changed, unchanged, or an error with its Chinese reason.</summary>
public class PenaltyMatterImporting
{
    private const string Header = "编号,事项名称,实施机关,实施依据,适用部门,罚款幅度,关键词,备注";

    private const string QualityBasis = "《建设工程质量管理条例》第六十四条 违反本条例规定，施工单位在施工中偷工减料的，使用不合格的建筑材料、建筑构配件和设备的，或者有不按照工程设计图纸或者施工技术标准施工的其他行为的，责令改正，处工程合同价款2%以上4%以下的罚款；造成建设工程质量不符合规定的质量标准的，负责返工、修理，并赔偿因此造成的损失；情节严重的，责令停业整顿，降低资质等级或者吊销资质证书。";

    private static readonly PenaltyMatter Existing = PenaltyMatter.Add(5, "对施工单位偷工减料的处罚", "伊宁市城市管理局", QualityBasis, null, [DepartmentCode.Quality], "工程合同价款2%以上4%以下", ["偷工减料"]);

    private static IReadOnlyList<string> NothingUndrawable(string? text) => [];

    private static IReadOnlyList<ImportRow> Classify(string text) => PenaltyMatterImport.Classify(text, [Existing], NothingUndrawable);

    private static string Quoted(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [Fact]
    public void ClassifiesEachRowAgainstTheCatalogue()
    {
        var rows = Classify(string.Join("\n",
            Header,
            $"5,对施工单位偷工减料的处罚,伊宁市城市管理局,{Quoted(QualityBasis)},质监站,工程合同价款2%以上4%以下,偷工减料,",
            $"5,对施工单位偷工减料的处罚,伊宁市城市管理局,{Quoted(QualityBasis)},质监站、安监站,工程合同价款2%以上4%以下,偷工减料,",
            $",对使用不合格建筑材料的处罚,,{Quoted(QualityBasis)},质监站,,,"));

        rows.Select(r => r.Kind).ShouldBe([ImportRowKind.Unchanged, ImportRowKind.Error, ImportRowKind.New]);
        rows[1].Error.ShouldBe("编号5与第2行重复。");
        rows[2].Fields!.ImplementingAuthority.ShouldBe("伊宁市城市管理局", "an empty 实施机关 is the receiving bureau");
        rows[2].Line.ShouldBe(4);
    }

    [Fact]
    public void AChangedRowIsChangedAndKeepsTheMattersIdentity()
    {
        var rows = Classify($"{Header}\n5,对施工单位偷工减料的处罚,伊宁市城市管理局,{Quoted(QualityBasis)},质监站、安监站,工程合同价款2%以上4%以下,偷工减料；不合格材料,");

        rows.Single().Kind.ShouldBe(ImportRowKind.Changed);
        rows.Single().Fields!.Departments.ShouldBe([DepartmentCode.Safety, DepartmentCode.Quality]);
        rows.Single().Fields!.Keywords.ShouldBe(["偷工减料", "不合格材料"]);
    }

    [Theory]
    [InlineData(",,伊宁市城市管理局,《建设工程质量管理条例》第六十四条 处罚款。,质监站,,,", "缺少必填项：事项名称。")]
    [InlineData(",对某事的处罚,,,,,,", "缺少必填项：实施依据、适用部门。")]
    [InlineData(",对某事的处罚,,《建设工程质量管理条例》第六十四条 处罚款。,消防科,,,", "未知的适用部门“消防科”，应为：房产科、建管科、人防、安监站、质监站。")]
    [InlineData(",对某事的处罚,,没有引用任何条款的依据,质监站,,,", PenaltyMatter.NoArticleMessage)]
    [InlineData("abc,对某事的处罚,,《建设工程质量管理条例》第六十四条 处罚款。,质监站,,,", "编号“abc”不是正整数。")]
    [InlineData("9,对施工单位偷工减料的处罚,,《建设工程质量管理条例》第六十四条 处罚款。,质监站,,,", "目录中已有同名事项（第5项），请填写其编号5以修改该事项。")]
    public void ARowWithAnErrorSaysWhyInChinese(string row, string error)
    {
        var classified = Classify($"{Header}\n{row}").Single();

        classified.Kind.ShouldBe(ImportRowKind.Error);
        classified.Error.ShouldBe(error);
    }

    [Fact]
    public void TheSameNameTwiceInTheFileIsAnError()
    {
        var rows = Classify($"{Header}\n,对某事的处罚,,《建设工程质量管理条例》第六十四条 处罚款。,质监站,,,\n,对某事的处罚,,《建设工程质量管理条例》第六十四条 处罚款。,安监站,,,");

        rows[1].Error.ShouldBe("事项名称与第2行重复。");
    }

    [Fact]
    public void ARetiredMatterIsNotChanged()
    {
        var retired = PenaltyMatter.Add(7, "对某事的处罚", "伊宁市城市管理局", "《建设工程质量管理条例》第六十四条 处罚款。", null, [DepartmentCode.Quality], null, null);
        retired.Retire(new DateOnly(2026, 1, 1));

        var row = PenaltyMatterImport.Classify($"{Header}\n7,对某事的处罚,,《建设工程质量管理条例》第六十四条 处罚款。,质监站、安监站,,,", [retired], NothingUndrawable).Single();

        row.Error.ShouldBe("第7项已停止适用，不能修改。");
    }

    [Fact]
    public void TextNoDocumentFontDrawsIsAnError()
    {
        var row = PenaltyMatterImport.Classify($"{Header}\n,对某事😀的处罚,,《建设工程质量管理条例》第六十四条 处罚款。,质监站,,,", [], t => t?.Contains("😀", StringComparison.Ordinal) == true ? ["😀"] : []).Single();

        row.Error.ShouldBe("事项名称含有文书字体无法打印的字符：“😀”。");
    }

    [Fact]
    public void ReadsAUtf8CsvWithBomQuotedLineBreaksAndDoubledQuotes()
    {
        var table = PenaltyMatterImport.ReadTable("\uFEFF编号,事项名称\r\n1,\"第一行\r\n第二行，含\"\"引号\"\"\"\r\n");

        table.Count.ShouldBe(2);
        table[0].Cells.ShouldBe(["编号", "事项名称"]);
        table[1].Cells.ShouldBe(["1", "第一行\r\n第二行，含\"引号\""]);
    }

    [Fact]
    public void ReadsATablePastedFromASpreadsheetAsTabSeparated()
    {
        var rows = Classify($"{Header.Replace(',', '\t')}\n\t对使用不合格建筑材料的处罚\t\t{QualityBasis}\t质监站\t\t\t\n");

        rows.Single().Kind.ShouldBe(ImportRowKind.New);
        rows.Single().Fields!.LegalBasis.ShouldBe(QualityBasis);
    }

    [Fact]
    public void AHeaderWithoutTheRequiredColumnsIsRefusedAsAWhole() =>
        Should.Throw<DomainException>(() => Classify("名称,依据\n对某事的处罚,《条例》第一条")).Message
            .ShouldBe("表头缺少“事项名称”“实施依据”“适用部门”列。表头应为：编号，事项名称，实施机关，实施依据，适用部门，罚款幅度，关键词，备注。");

    [Fact]
    public void NewRowsWithoutANumberFollowTheHighest()
    {
        var rows = Classify($"{Header}\n12,对甲的处罚,,《建设工程质量管理条例》第六十四条 处罚款。,质监站,,,\n,对乙的处罚,,《建设工程质量管理条例》第六十四条 处罚款。,质监站,,,");

        PenaltyMatterImport.NextSequence([Existing], rows).ShouldBe(13);
    }
}
