package org.constellation.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * A teacher and two players (MINUSMA and UNDP) through three months of the Sahel in headless Chromium:
 * what the pages show, and what the run's 3W ledger holds (the players' choices). Screenshots of the
 * pages go to target/classroom-screenshots, and to the folder named by the system property
 * {@code classroom.screenshots} if set (scripts/classroom-screenshots.sh sets docs/teaching).
 */
class ClassroomBrowserTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsChromium() {
        String why = Browser.unavailable();
        if (why != null) {
            System.out.println("ClassroomBrowserTest skipped: " + why);
        }
        assumeTrue(why == null, why);
    }

    private Browser browser;
    private String teacher;
    private String minusma;
    private String undp;
    private String undpDistrict;

    private WebDriver on(String window) {
        return browser.driver().switchTo().window(window);
    }

    private String text(String window, String id) {
        return on(window).findElement(By.id(id)).getText();
    }

    private void awaitText(String window, String id, String expected) {
        on(window);
        try {
            browser.await(d -> d.findElement(By.id(id)).getText().contains(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            WebDriver d = on(window);
            throw new AssertionError("#" + id + " never showed '" + expected + "'; it shows '"
                    + d.findElement(By.id(id)).getText() + "' (status '" + d.findElement(By.id("status")).getText()
                    + "', notice '" + d.findElement(By.id("notice")).getText() + "')", e);
        }
    }

    @Test
    void aTeacherAndTwoPlayersPlayThreeMonths() throws Exception {
        Path session = tmp.resolve("session");
        try (Classroom classroom = Classroom.open(new Classroom.Request(session, SessionTest.sahel(), null,
                List.of("minusma", "undp-mali"), null, 3, null, "127.0.0.1", 0)); Browser b = Browser.open(1280, 1000)) {
            browser = b;
            try {
                play(classroom.links());
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + "\nbrowser console:\n" + b.console(), e);
            }
        }
        String ledger = Files.readString(session.resolve("run/who-does-what-where.csv"));
        assertThat(ledger.lines().filter(l -> l.startsWith("0,minusma,"))).containsExactly(
                "0,minusma,mission,un-peacekeeping,mali,mopti,protection-of-civilians,provision-of-security,direct,"
                        + "drivers,15",
                "0,minusma,mission,un-peacekeeping,mali,gao,protection-of-civilians,community-violence-reduction,"
                        + "direct,drivers,5.5");
        assertThat(ledger.lines().filter(l -> l.startsWith("1,minusma,"))).containsExactly(
                "1,minusma,mission,un-peacekeeping,mali,timbuktu,protection-of-civilians,provision-of-security,direct,"
                        + "drivers,20");
        assertThat(ledger.lines().filter(l -> l.startsWith("2,undp-mali,"))).hasSize(1).allMatch(l -> l.matches(
                "2,undp-mali,unct-agency,undp,mali," + undpDistrict + ",protection-of-civilians,"
                        + "community-violence-reduction,direct,drivers,2"));
        String baseline = Files.readString(session.resolve("baseline/who-does-what-where.csv"));
        assertThat(ledger.lines().filter(l -> l.startsWith("0,undp-mali,")))
                .as("UNDP Mali took its staff's proposal in month 1: the automated run's plan")
                .containsExactlyElementsOf(baseline.lines().filter(l -> l.startsWith("0,undp-mali,")).toList());
        String log = Files.readString(session.resolve(SessionLog.NAME));
        assertThat(log).contains("\"membership\":{\"donor-forum\":true,\"focal-points\":false}");
        assertThat(log).contains("\"share\":[{\"to\":\"undp-mali\",\"kind\":\"plans\"}]");
    }

    private void play(List<Classroom.Link> links) throws Exception {
        WebDriver d = browser.driver();
        d.get(links.get(0).url());
        teacher = d.getWindowHandle();
        awaitText(teacher, "status", "waiting");
        assertThat(d.findElements(By.cssSelector("#seats tbody tr"))).hasSize(2);
        minusma = open(links.get(1).url());
        undp = open(links.get(2).url());
        awaitText(minusma, "seat-name", "MINUSMA");
        awaitText(undp, "seat-name", "UNDP Mali");
        assertThat(text(minusma, "notice")).contains("has not started");
        on(teacher).findElement(By.id("start")).click();
        awaitText(minusma, "status", "open");
        monthOne();
        monthTwo();
        monthThree();
        debrief(links.get(0).url().replace("/teach/", "/debrief/"));
        entryPages(links.get(0).url());
    }

    /** The two pages a student may land on without a seat: the front page and a link that is not one. */
    private void entryPages(String teacherUrl) throws Exception {
        WebDriver d = on(teacher);
        String root = teacherUrl.substring(0, teacherUrl.indexOf("/teach/"));
        d.get(root + "/");
        browser.await(x -> x.findElement(By.tagName("h2")).getText().equals("Open the link you were given"));
        browser.screenshot(Screenshots.path("classroom-index.png"));
        Screenshots.publish("classroom-index.png");
        d.get(root + "/play/not-a-seat-link");
        browser.await(x -> x.findElement(By.id("invalid")).getText()
                .equals("This link is not valid for this session"));
        browser.screenshot(Screenshots.path("classroom-invalid-link.png"));
        Screenshots.publish("classroom-invalid-link.png");
    }

    private String open(String url) {
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.driver().get(url);
        return browser.driver().getWindowHandle();
    }

    private void planRow(String window, int row, String district, String activity, String effort) {
        WebDriver d = on(window);
        List<WebElement> rows = d.findElements(By.cssSelector("#plan-rows .plan-row"));
        while (rows.size() <= row) {
            d.findElement(By.id("add-row")).click();
            rows = d.findElements(By.cssSelector("#plan-rows .plan-row"));
        }
        WebElement r = rows.get(row);
        Select districts = new Select(r.findElement(By.cssSelector("select.district")));
        if (district == null) {
            district = districts.getOptions().get(0).getAttribute("value");
            undpDistrict = district;
        }
        districts.selectByValue(district);
        new Select(r.findElement(By.cssSelector("select.activity"))).selectByValue(activity);
        WebElement input = r.findElement(By.cssSelector("input.effort"));
        input.clear();
        input.sendKeys(effort);
    }

    private void submit(String window, String expected) {
        on(window).findElement(By.id("submit")).click();
        awaitText(window, "message", expected);
    }

    private void monthOne() throws Exception {
        assertThat(text(minusma, "budget")).isEqualTo("24.10");
        planRow(minusma, 0, "mopti", "protection-of-civilians/provision-of-security", "15");
        planRow(minusma, 1, "gao", "protection-of-civilians/community-violence-reduction", "5.5");
        assertThat(text(minusma, "left")).isEqualTo("3.60 of 24.10 effort units");
        on(minusma).findElement(By.cssSelector("input.share-box[data-to='undp-mali'][data-kind='plans']")).click();
        on(minusma).findElement(By.cssSelector("input.member-box[data-mechanism='focal-points']")).click();
        submit(minusma, "submitted for month 1");
        awaitText(minusma, "status", "submitted");
        on(teacher);
        browser.await(d -> d.findElement(By.cssSelector("tr[data-seat='minusma'] .state")).getText()
                .equals("submitted"));
        assertThat(on(teacher).findElement(By.cssSelector("tr[data-seat='undp-mali'] .state")).getText())
                .isEqualTo("not yet");
        on(undp).findElement(By.id("fill-proposal")).click();
        submit(undp, "submitted for month 1");
        awaitText(teacher, "month", "month 2");
        awaitText(minusma, "month", "month 2");
        assertThat(text(minusma, "last")).contains("You submitted a plan of 20.50");
    }

    private void monthTwo() throws Exception {
        planRow(minusma, 0, "timbuktu", "protection-of-civilians/provision-of-security", "20");
        submit(minusma, "submitted for month 2");
        planRow(undp, 0, null, "protection-of-civilians/community-violence-reduction", "1000");
        on(undp).findElement(By.id("submit")).click();
        awaitText(undp, "problems", "the plan spends 1000.00 effort units");
        assertThat(text(undp, "message")).contains("nothing was submitted");
        assertThat(text(undp, "status")).isEqualTo("open");
        on(teacher).findElement(By.id("advance")).click();
        awaitText(undp, "month", "month 3");
        awaitText(undp, "notice", "You did not submit in month 2: your staff's own plan was carried out");
        on(teacher);
        browser.await(d -> d.findElement(By.cssSelector("tr[data-seat='undp-mali']")).getText().contains("did not submit"));
        browser.await(d -> d.findElements(By.cssSelector("#charts .chart polyline")).size() >= 2);
        browser.screenshot(Screenshots.path("classroom-teacher.png"));
        Screenshots.publish("classroom-teacher.png");
    }

    private void monthThree() throws Exception {
        on(teacher).findElement(By.id("reveal")).click();
        on(minusma);
        browser.await(d -> !d.findElements(By.cssSelector("#beliefs .truth")).isEmpty());
        phone(browser.driver().getCurrentUrl());
        on(minusma).findElement(By.id("fill-proposal")).click();
        browser.screenshot(Screenshots.path("classroom-player.png"));
        Screenshots.publish("classroom-player.png");
        submit(minusma, "submitted for month 3");
        planRow(undp, 0, null, "protection-of-civilians/community-violence-reduction", "2");
        on(undp).findElement(By.id("submit")).click();
        awaitText(teacher, "status", "finished");
        assertThat(on(undp).findElement(By.id("decide")).isDisplayed()).as("no decisions once it has ended").isFalse();
        awaitText(minusma, "notice", "The session has ended");
        assertThat(on(minusma).findElement(By.id("submit")).isEnabled()).isFalse();
    }

    private void debrief(String url) throws Exception {
        WebDriver d = on(teacher);
        d.get(url);
        browser.await(x -> x.findElements(By.cssSelector("#metrics tbody tr")).size() > 5);
        assertThat(d.findElement(By.cssSelector("#metrics tr[data-metric='redundant_effort']")).getText()).isNotBlank();
        assertThat(d.findElement(By.id("played")).getText()).isEqualTo("3 months played by the class");
        String undpRow = d.findElement(By.cssSelector("#seats tr[data-seat='undp-mali']")).getText();
        assertThat(undpRow).startsWith("UNDP Mali 2 1");
        assertThat(d.findElement(By.cssSelector("#seats tr[data-seat='minusma']")).getText())
                .contains("left focal-points (month 1)").doesNotContain("joined");
        assertThat(d.findElements(By.cssSelector("#charts .chart"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(d.findElement(By.id("duplicated")).getText()).isNotBlank();
        assertThat(d.findElement(By.id("unseen")).getText() + d.findElement(By.id("seen")).getText()).isNotBlank();
        browser.screenshot(Screenshots.path("classroom-debrief.png"));
        Screenshots.publish("classroom-debrief.png");
    }

    private void phone(String url) throws Exception {
        try (Browser phone = Browser.phone(412, 915)) {
            phone.driver().get(url);
            phone.await(d -> d.findElement(By.id("seat-name")).getText().equals("MINUSMA")
                    && d.findElement(By.id("status")).getText().equals("open"));
            phone.await(d -> !d.findElements(By.cssSelector("#beliefs table")).isEmpty());
            Number width = (Number) ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(width.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
            phone.screenshot(Screenshots.path("classroom-phone.png"));
            Screenshots.publish("classroom-phone.png");
        }
    }
}
