package org.rubric4j;

/**
 * The rubrics of the five seed documents (../shared/seeds), built in Java exactly as the
 * seeds state their rules. Shared by the tests of the core module.
 */
final class SeedRubrics {

  private SeedRubrics() {}

  /**
   * Seed 000 (客户关系维护服务质量评分模板): five dimensions weighted 20/30/20/15/15 on a
   * 5-point scale; "单项得分=指标评分×维度权重, 总分=∑单项得分", with the two indicators of a
   * dimension sharing its weight equally (their mean rating).
   */
  static Rubric crmServiceQuality() {
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
}
