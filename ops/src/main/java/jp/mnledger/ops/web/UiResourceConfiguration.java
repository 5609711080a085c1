package jp.mnledger.ops.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Japanese font the PDFs embed (IPAex Gothic, NOTICE) also serves the web UI as its last fallback, for
 * browsers on machines without a Japanese font (a bare Linux, a CI container): {@code /ui/fonts/ipaexg.ttf} (and its licence beside it).
 * A browser downloads it only when no earlier font in the stylesheet's list has the characters.
 */
@Configuration
class UiResourceConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/ui/fonts/**").addResourceLocations("classpath:/fonts/");
    }
}
