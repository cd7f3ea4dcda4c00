package org.sujarit.intake.photo;

import org.sujarit.platform.runtime.PlatformProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The photo cleaner, with its limit checked against the request body limit the portal's
 * complaint form gets.
 */
@Configuration(proxyBeanMethods = false)
class PhotoConfiguration {

	@Bean
	PhotoCleaner photoCleaner(PhotoProperties photo, PlatformProperties platform) {
		// the form's other fields and the multipart framing need room too
		if (photo.maxFileSize().toBytes() + 512 * 1024 > platform.maxRequestBody().toBytes()) {
			throw new IllegalStateException("sujarit.intake.photo.max-file-size (" + photo.maxFileSize()
					+ ") must leave 512KB under sujarit.platform.max-request-body (" + platform.maxRequestBody() + ")");
		}
		return new PhotoCleaner(photo);
	}

}
