package io.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page end to end in real headless Chromium (Debian's {@code /usr/bin/chromium} driven by
 * {@code /usr/bin/chromedriver}; Selenium Manager is never asked to download anything): accept an
 * inquiry with a next step, see it in My tasks, move the new interest to the next stage on the
 * board, see the funnel change. Saves a screenshot to {@code target/browser-e2e.png}.
 */
class BrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static WebFixture f;
    static WebDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        f = new WebFixture();
        profile = Files.createTempDirectory("crmkit-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1800", "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        f.close();
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void acceptAnInquirySeeItInMyTasksMoveItAndSeeTheFunnelChange() throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(f.base() + "/");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        assertThat(driver.findElement(By.id("manager")).getDomProperty("value")).isEqualTo("m-anna");

        // live search finds an existing client as the phone is typed
        String existingPhone = f.crm.clients().get(io.crmkit.client.ClientId.of("c-0002")).contacts().stream()
                .flatMap(c -> c.info().phones().stream()).map(p -> p.raw()).findFirst().orElse(null);
        if (existingPhone != null) {
            driver.findElement(By.id("inq-phone")).sendKeys(existingPhone);
            wait.until(d -> !d.findElements(By.cssSelector("#search-results li[data-client='c-0002']")).isEmpty());
            driver.findElement(By.id("inq-phone")).clear();
        }

        // accept a new lead met at a conference, with a follow-up call as the next step
        driver.findElement(By.id("inq-channel")).sendKeys("In person");
        driver.findElement(By.id("inq-phone")).sendKeys("+7 916 700-11-22");
        driver.findElement(By.id("inq-name")).sendKeys("Алексей <b>Морозов</b>");
        driver.findElement(By.id("inq-company")).sendKeys("Browser Test LLC");
        driver.findElement(By.id("inq-note")).sendKeys("Met at the conference");
        driver.findElement(By.id("inq-submit")).click();
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inq-result")));
        wait.until(d -> result.getText().contains("next step"));
        Matcher m = Pattern.compile("New client (\\S+), new interest (\\S+);").matcher(result.getText());
        assertThat(m.find()).as(result.getText()).isTrue();
        String interest = m.group(2);

        // My tasks: the follow-up is there today, the name shown as text, not markup
        wait.until(d -> d.findElement(By.id("tasks-today")).getText().contains("Follow up: Алексей <b>Морозов</b>"));
        assertThat(driver.findElements(By.cssSelector("#tasks b"))).isEmpty();

        // the funnel before the move
        int inquiryBefore = count(wait, "INQUIRY");
        int offerBefore = count(wait, "OFFER");

        // My sales: the card is in the first column; move it to the next stage
        By card = By.cssSelector(".column[data-stage='INQUIRY'] .card[data-interest='" + interest + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(card));
        driver.findElement(card).findElement(By.cssSelector("button.advance")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".column[data-stage='OFFER'] .card[data-interest='" + interest + "']")));
        assertThat(driver.findElements(card)).isEmpty();

        // the funnel changed: one active interest fewer at INQUIRY, one more at OFFER
        wait.until(d -> count(wait, "INQUIRY") == inquiryBefore - 1 && count(wait, "OFFER") == offerBefore + 1);

        Path shot = Path.of("target", "browser-e2e.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        List<WebElement> lights = driver.findElements(By.cssSelector("#traffic tbody tr"));
        assertThat(lights).isNotEmpty();
    }

    private static int count(WebDriverWait wait, String stage) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#funnel .bar-row[data-stage='" + stage + "'] .count")));
        return Integer.parseInt(e.getText().trim());
    }
}
