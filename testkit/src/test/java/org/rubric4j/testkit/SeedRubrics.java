package org.rubric4j.testkit;

import org.rubric4j.DimensionBuilder;
import org.rubric4j.Measure;
import org.rubric4j.Rubric;
import org.rubric4j.RubricBuilder;




/**
 * The rubrics of the five seed documents (the Chinese customer-service templates the project started from; docs/seed-worked-examples.md), built in Java exactly as the
 * seeds state their rules.
 *
 * <p>A copy of core/src/test/java/org/rubric4j/SeedRubrics.java with only the package and
 * imports changed; keep the two in step. Core's test jar cannot serve here: its package
 * org.rubric4j is split with the core module, which this module's tests read as a module.
 * The same rubrics as files are tested by SeedRubricFilesPropertiesTest.
 */
final class SeedRubrics {

  private SeedRubrics() {}

  /**
   * Seed 000 (客户关系维护服务质量评分模板): five dimensions weighted 20/30/20/15/15 on a
   * 5-point scale; "单项得分=指标评分×维度权重, 总分=∑单项得分", with the two indicators of a
   * dimension sharing its weight equally (their mean rating).
   */
  public static Rubric crmServiceQuality() {
    return Rubric.builder("crm-service-quality")
        .version("2024-Q3")
        .name("客户关系维护服务质量评分")
        .scale(5)
        .grade("excellent", g -> g.name("优秀").range("[4.5, 5]"))
        .grade("good", g -> g.name("良好").range("[3.5, 4.5)"))
        .grade("pass", g -> g.name("合格").range("[2.5, 3.5)"))
        .grade("basic-pass", g -> g.name("基本合格").range("[1.5, 2.5)"))
        .grade("fail", g -> g.name("不合格").range("[0, 1.5)"))
        .dimension("responsiveness", d -> d.name("响应及时性").weight("20%")
            .indicator("first-response-time", i -> i.name("首次响应时间").bands(Measure.DURATION)
                .band(5, "<= 2h").band(4, "(2h, 6h]").band(3, "(6h, 12h]")
                .band(2, "(12h, 24h]").band(1, "> 24h"))
            .indicator("resolution-time", i -> i.name("问题处理时效").bands(Measure.DURATION)
                .band(5, "<= 12h").band(4, "(12h, 24h]").band(3, "(1d, 3d]")
                .band(2, "(3d, 5d]").band(1, "> 5d")))
        .dimension("problem-solving", d -> d.name("问题解决能力").weight("30%")
            .indicator("first-contact-resolution", i -> i.name("问题一次性解决率").bands(Measure.PERCENT)
                .band(1, "< 60%").band(2, "[60%, 70%)").band(3, "[70%, 80%)")
                .band(4, "[80%, 90%)").band(5, ">= 90%"))
            .indicator("solution-quality", i -> i.name("解决方案合理性").levels()
                .level(1, "方案无效需重复处理").level(2, "方案基本可行需调整").level(3, "方案可行")
                .level(4, "方案高效且客户认可").level(5, "方案超出客户预期")))
        .dimension("communication", d -> d.name("沟通专业性").weight("20%")
            .indicator("clarity", i -> i.name("语言表达清晰度").levels()
                .level(1, "逻辑混乱,客户无法理解").level(2, "表达基本清晰").level(3, "表达清晰,无歧义")
                .level(4, "表达清晰且简洁").level(5, "表达清晰且富有同理心"))
            .indicator("expertise", i -> i.name("专业知识运用").levels()
                .level(1, "频繁出错需他人协助").level(2, "基础正确但复杂问题需指导")
                .level(3, "独立解决常规问题").level(4, "熟练处理复杂问题").level(5, "能提供专业建议")))
        .dimension("emotional-care", d -> d.name("客户情感维护").weight("15%")
            .indicator("emotion-care", i -> i.name("情绪识别与关怀").levels()
                .level(1, "无视客户情绪").level(2, "被动回应情绪").level(3, "主动安抚情绪")
                .level(4, "有效安抚并提供额外关怀").level(5, "深度共情,客户情绪显著改善")))
        .dimension("follow-up", d -> d.name("后续跟进质量").weight("15%")
            .indicator("follow-up-visit", i -> i.name("回访及时性与内容").levels()
                .level(1, "未回访").level(2, "超3天回访").level(3, "1-3天回访,内容模板化")
                .level(4, "1天内回访,内容个性化").level(5, "回访内容精准解决客户潜在顾虑")))
        .build();
  }

  /**
   * Seed 001 (客户关系维护流程及服务质量监测表): four 1–5 service ratings (响应速度 / 问题解决 /
   * 专业度 / 主动性) with no weights given, so they share equally.
   */
  public static Rubric crmMaintenanceMonitoring() {
    return Rubric.builder("crm-maintenance-monitoring")
        .name("客户关系维护及服务质量监测")
        .scale(5)
        .dimension("service", d -> d.name("服务质量评分")
            .indicator("response-speed", i -> i.name("响应速度").levels().range(1, 5))
            .indicator("problem-solving", i -> i.name("问题解决").levels().range(1, 5))
            .indicator("professionalism", i -> i.name("专业度").levels().range(1, 5))
            .indicator("proactiveness", i -> i.name("主动性").levels().range(1, 5)))
        .build();
  }

  /**
   * Seed 002 (客户满意度跟进模板): overall satisfaction is the weighted mean of the survey
   * dimensions 响应及时性 30 %, 问题解决能力 40 %, 服务态度 30 %, each rated 1–5.
   */
  public static Rubric satisfactionTracking() {
    return Rubric.builder("satisfaction-tracking")
        .name("客户满意度跟踪")
        .scale(5)
        .dimension("responsiveness", d -> d.name("服务响应及时性").weight("30%")
            .indicator("response-satisfaction", i -> i.levels().level(1, "非常不满意").level(2, "不满意")
                .level(3, "一般").level(4, "满意").level(5, "非常满意")))
        .dimension("problem-solving", d -> d.name("问题解决能力").weight("40%")
            .indicator("solving-satisfaction", i -> i.levels().level(1, "非常不满意").level(2, "不满意")
                .level(3, "一般").level(4, "满意").level(5, "非常满意")))
        .dimension("attitude", d -> d.name("服务人员态度").weight("30%")
            .indicator("attitude-satisfaction", i -> i.levels().level(1, "非常不满意").level(2, "不满意")
                .level(3, "一般").level(4, "满意").level(5, "非常满意")))
        .build();
  }

  /**
   * Seed 003 (客户服务质量标准与考核体系), tables 1 and 2: the monthly assessment on 100 points,
   * where each dimension's rule has as many points as its weight, so its points count as they
   * are. The seed states only 优秀 ≥ 90 for the total; the other thresholds are the usual
   * 80 / 60 steps (the same choice as examples/.../service-standards-monthly.yaml). A fraud flag
   * (刷好评, 引导客户修改评价) vetoes to 需改进 with 0 points.
   */
  public static Rubric serviceStandardsMonthly() {
    RubricBuilder b = Rubric.builder("service-standards-monthly").name("客服人员月度考核").scale(100);
    seed003Grades(b);
    seed003Dimensions(b);
    return b.veto("review-manipulation", v -> v.name("刷好评或引导客户修改评价")
        .whenFlag("review-manipulated").grade("needs-improvement").score(0)).build();
  }

  /**
   * Seed 003's combined scheme: quantitative indicators 70 % (the five dimensions above) and a
   * qualitative review 30 %, where a reviewer awards 0–30 points. The review is encoded as a
   * deduction rule on a number (30 points at 30, one point less per point below), which
   * scores whole points p in [0, 30] as exactly p.
   */
  public static Rubric serviceStandardsCombined() {
    RubricBuilder b = Rubric.builder("service-standards-combined").name("定量指标+定性评价").scale(100);
    seed003Grades(b);
    b.dimension("quantitative", q -> {
      q.name("定量指标").weight("70%");
      seed003Dimensions(q);
    });
    b.dimension("qualitative", q -> q.name("定性评价").weight("30%")
        .indicator("qualitative-review", i -> i.name("质检抽查评分").deduction(Measure.NUMBER)
            .max(30).target(">= 30").step("1").deduct(1)));
    return b.veto("review-manipulation", v -> v.name("刷好评或引导客户修改评价")
        .whenFlag("review-manipulated").grade("needs-improvement")).build();
  }

  private static void seed003Grades(RubricBuilder b) {
    b.grade("excellent", g -> g.name("优秀").range("[90, 100]").attribute("bonusFactor", new java.math.BigDecimal("1.2")))
        .grade("good", g -> g.name("良好").range("[80, 90)").attribute("bonusFactor", new java.math.BigDecimal("1.0")))
        .grade("pass", g -> g.name("合格").range("[60, 80)").attribute("bonusFactor", new java.math.BigDecimal("0.8")))
        .grade("needs-improvement", g -> g.name("需改进").range("[0, 60)").attribute("bonusFactor", java.math.BigDecimal.ZERO));
  }

  private static void seed003Dimensions(RubricBuilder b) {
    b.dimension("efficiency", d -> efficiency(d)).dimension("attitude", d -> attitude(d))
        .dimension("resolution", d -> resolution(d)).dimension("compliance", d -> compliance(d))
        .dimension("value-add", d -> valueAdd(d));
  }

  private static void seed003Dimensions(DimensionBuilder b) {
    b.dimension("efficiency", d -> efficiency(d)).dimension("attitude", d -> attitude(d))
        .dimension("resolution", d -> resolution(d)).dimension("compliance", d -> compliance(d))
        .dimension("value-add", d -> valueAdd(d));
  }

  private static void efficiency(DimensionBuilder d) {
    d.name("服务效率").weight("20%").indicator("first-response-time", i -> i.name("首次响应时间")
        .deduction(Measure.DURATION).max(20).target("<= 30s").step("10s").deduct(2).zero("> 60s"));
  }

  private static void attitude(DimensionBuilder d) {
    d.name("服务态度").weight("25%").indicator("emotion-management", i -> i.name("情绪管理能力")
        .occurrences().max(25).deduct(5));
  }

  private static void resolution(DimensionBuilder d) {
    d.name("问题解决").weight("30%").indicator("fcr", i -> i.name("首次联系解决率")
        .deduction(Measure.PERCENT).max(30).target(">= 85%").step("1%").deduct(1).zero("< 75%"));
  }

  private static void compliance(DimensionBuilder d) {
    d.name("合规性").weight("15%").indicator("record-errors", i -> i.name("信息记录准确性")
        .occurrences().max(15).deduct(3).zeroAt(3));
  }

  private static void valueAdd(DimensionBuilder d) {
    d.name("增值服务").weight("10%").indicator("recommendation-rate", i -> i.name("主动推荐率")
        .deduction(Measure.PERCENT).max(10).target(">= 10%").step("1%").deduct(1).zero("< 5%"));
  }

  /**
   * Seed 004 (客服工作服务流程及服务质量评价模板): six dimensions without weights (a sixth each),
   * response speed banded in seconds, the others 1–5 levels; grades 优秀(5) 良好(4) 合格(3)
   * 需改进(1-2), for the total and for each dimension.
   */
  public static Rubric contactCenterWorkflow() {
    RubricBuilder b = Rubric.builder("contact-center-workflow").name("客服工作服务质量评价").scale(5);
    java.util.function.Consumer<DimensionBuilder> grades = d -> d
        .grade("excellent", g -> g.name("优秀").range("[5, 5]"))
        .grade("good", g -> g.name("良好").range("[4, 5)"))
        .grade("pass", g -> g.name("合格").range("[3, 4)"))
        .grade("needs-improvement", g -> g.name("需改进").range("[0, 3)"));
    b.grade("excellent", g -> g.name("优秀").range("[5, 5]"))
        .grade("good", g -> g.name("良好").range("[4, 5)"))
        .grade("pass", g -> g.name("合格").range("[3, 4)"))
        .grade("needs-improvement", g -> g.name("需改进").range("[0, 3)"));
    b.dimension("response-speed", d -> {
      d.name("响应速度").indicator("first-response", i -> i.name("首次响应时间").bands(Measure.DURATION)
          .band(5, "<= 3s").band(4, "(3s, 5s]").band(3, "(5s, 10s]").band(2, "(10s, 30s]").band(1, "> 30s"));
      grades.accept(d);
    });
    String[][] levelled = {
        {"attitude", "服务态度", "语气生硬、不耐烦", "基本礼貌但缺乏热情", "礼貌用语、态度平和", "主动关怀、语气亲切", "热情周到、耐心倾听"},
        {"problem-solving", "问题解决能力", "无法解决且无方案", "需多次协调才解决", "独立解决基础问题", "高效解决复杂问题", "快速定位根源并给出优化建议"},
        {"expertise", "专业知识", "答非所问", "基础信息错误", "准确解答常规问题", "熟悉产品/服务全流程", "能预判客户潜在需求并主动提示"},
        {"satisfaction", "客户满意度", "客户明确表示不满", "客户未明确评价但情绪低落", "客户表示“还可以”", "客户表示“满意”", "客户主动表扬或推荐"},
        {"record-keeping", "信息记录规范性", "关键信息缺失", "记录混乱", "基本完整", "条理清晰", "详实且附有截图/凭证等佐证"}};
    for (String[] l : levelled) {
      b.dimension(l[0], d -> {
        d.name(l[1]).indicator(l[0] + "-rating", i -> i.name(l[1]).levels()
            .level(1, l[2]).level(2, l[3]).level(3, l[4]).level(4, l[5]).level(5, l[6]));
        grades.accept(d);
      });
    }
    return b.build();
  }
}
