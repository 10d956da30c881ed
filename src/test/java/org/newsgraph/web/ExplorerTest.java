package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Explorer details in headless Chromium on the shared seed app: a clean console, arrowheads, time, export. */
class ExplorerTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();
    static ChromeDriver browser;

    void openPage() {
        browser = session.open(app.url("/"));
    }

    @Test
    void theConsoleStaysCleanOnLoadAndWhileExploring() throws Exception {
        openPage();
        browser.executeScript("window.newsgraph.cy.edges()[0].emit('tap');");
        browser.findElement(By.tagName("body")).sendKeys("/");
        browser.switchTo().activeElement().sendKeys("Lawrow");
        Thread.sleep(1000);
        List<String> problems = Browser.consoleProblems(browser);
        assertEquals(List.of(), problems, "console warnings or errors");
        assertEquals(200, app.get("/favicon.svg").statusCode());
    }

    @Test
    void undirectedRelationsHaveNoArrowheadAndTheLegendShowsTheNodeShapes() {
        openPage();
        assertEquals(Boolean.TRUE, browser.executeScript("const met = window.newsgraph.cy.edges('[type = \"MET\"]');"
                + " return met.nonempty() && met.every(e => e.style('target-arrow-shape') === 'none');"), "MET has no direction");
        assertEquals(Boolean.TRUE, browser.executeScript("const s = window.newsgraph.cy.edges('[type = \"SUPPLIED\"]');"
                + " return s.nonempty() && s.every(e => e.style('target-arrow-shape') === 'triangle');"), "SUPPLIED has one");
        String radius = (String) browser.executeScript("return getComputedStyle(document.querySelector("
                + "'#filter-types .swatch.type-Person')).borderTopLeftRadius;");
        assertEquals("50%", radius, "a person is drawn round, and so is its swatch");
        assertTrue(browser.findElement(By.cssSelector("#filter-types .swatch.type-Weapon")).getAttribute("class")
                .contains("shape-triangle"));
    }

    @Test
    void undatedRelationsAreFadedAndCanBeHiddenAndTheSlidersSpeakMonths() {
        openPage();
        long undated = ((Number) browser.executeScript(Browser.DRAWN + "return window.newsgraph.cy.edges().filter(e => !e.data('firstDate') && drawn(e)).length;")).longValue();
        long dated = ((Number) browser.executeScript(Browser.DRAWN + "return window.newsgraph.cy.edges().filter(e => e.data('firstDate') && drawn(e)).length;")).longValue();
        assertTrue(undated > 0 && dated > 0, undated + " undated, " + dated + " dated");
        assertEquals(Boolean.TRUE, browser.executeScript("return window.newsgraph.cy.edges('[!firstDate]')"
                + ".every(e => Number(e.style('line-opacity')) < 1);"), "undated edges are drawn faded");
        // the time controls are wired once the dates have come (after the graph is drawn)
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> d.findElement(By.id("timeline")).getDomAttribute("data-range") != null);
        browser.findElement(By.id("time-undated")).click();
        String state = Browser.DRAWN + "return [document.getElementById('time-undated').checked, window.newsgraph.cy.edges()"
                + ".filter(e => !e.data('firstDate') && drawn(e)).length, location.hash,"
                + " document.getElementById('timeline').dataset.undated];";
        try {
            new WebDriverWait(browser, Duration.ofSeconds(120)).until(d ->
                    ((java.util.List<?>) browser.executeScript(state)).get(1).equals(0L));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("undated edges still shown: " + browser.executeScript(state), e);
        }
        assertEquals(dated, ((Number) browser.executeScript(Browser.DRAWN + "return window.newsgraph.cy.edges().filter(e => e.data('firstDate') && drawn(e)).length;")).longValue());
        assertTrue(browser.findElement(By.id("time-from")).getAttribute("aria-valuetext").matches("from \\d{4}-\\d{2}"),
                browser.findElement(By.id("time-from")).getAttribute("aria-valuetext"));
    }
}
