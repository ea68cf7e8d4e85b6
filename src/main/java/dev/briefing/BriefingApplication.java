package dev.briefing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: {@code java -jar negotiation-briefing.jar run --input seeds}. */
@SpringBootApplication
public class BriefingApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(BriefingApplication.class, args)));
    }
}
