package org.pilotbridge.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.CacheControl;
import org.springframework.util.unit.DataSize;

/**
 * How the pictures of link previews are cached.
 *
 * @param maxAge how long browsers, proxies and the sites that show previews may reuse a
 * picture without asking again ({@code Cache-Control: public, max-age})
 * @param timeToLive how long a node keeps a picture it drew (it draws it again at once
 * after a change made on this node; this bounds how long a change made on another node
 * goes unseen)
 * @param maximumSize the most bytes of pictures a node keeps (about 40 kB each)
 */
@ConfigurationProperties("pilotbridge.preview-cards")
public record PreviewCardSettings(@DefaultValue("PT5M") Duration maxAge, @DefaultValue("PT10M") Duration timeToLive,
		@DefaultValue("16MB") DataSize maximumSize) {

	public CacheControl cacheControl() {
		return CacheControl.maxAge(maxAge).cachePublic();
	}

}
