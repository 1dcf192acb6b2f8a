/**
 * A scoring service run as a named module: rubric4j's own modules ({@code org.rubric4j},
 * {@code org.rubric4j.yaml}, {@code org.rubric4j.jackson2}) and the starter (the automatic module
 * {@code org.rubric4j.spring}) on the module path beside Spring Boot 3.5's.
 *
 * <p>Spring creates the application's beans and proxies its configuration class, so the package
 * is opened to Spring's core, beans and context modules.
 */
module org.rubric4j.examples.modulepath {
  requires org.rubric4j;
  requires org.rubric4j.yaml;
  // The starter has no module-info: an automatic module, which reads every module.
  requires org.rubric4j.spring;
  requires spring.boot;
  requires spring.boot.autoconfigure;
  requires spring.context;
  requires spring.web;

  opens org.rubric4j.examples.modulepath to spring.core, spring.beans, spring.context;
}
