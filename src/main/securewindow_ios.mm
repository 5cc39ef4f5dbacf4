// SPDX-License-Identifier: GPL-3.0-or-later
// iOS's protectWindowContents (src/main/CMakeLists.txt compiles this instead of securewindow.cpp
// if(IOS), with ARC).
#include "securewindow.h"

#import <UIKit/UIKit.h>

namespace {

/** One cover per window while the app is inactive; empty while it is active. */
NSMutableArray<UIView *> *s_covers = nil;

void cover()
{
    if (s_covers.count > 0)
        return;
    for (UIScene *scene in UIApplication.sharedApplication.connectedScenes) {
        if (![scene isKindOfClass:[UIWindowScene class]])
            continue;
        for (UIWindow *window in ((UIWindowScene *)scene).windows) {
            UIView *plain = [[UIView alloc] initWithFrame:window.bounds];
            plain.autoresizingMask = UIViewAutoresizingFlexibleWidth | UIViewAutoresizingFlexibleHeight;
            plain.backgroundColor = UIColor.systemBackgroundColor;
            [window addSubview:plain];
            [s_covers addObject:plain];
        }
    }
}

void uncover()
{
    for (UIView *plain in s_covers)
        [plain removeFromSuperview];
    [s_covers removeAllObjects];
}

} // namespace

void protectWindowContents()
{
    // iOS takes the app switcher's picture after the app stops being active: a plain view over
    // every window from that moment (also when Control Centre or a call comes over the app) until
    // it is active again. iOS has no way to refuse screenshots (Android's FLAG_SECURE).
    if (s_covers)
        return;
    s_covers = [NSMutableArray array];
    NSNotificationCenter *centre = NSNotificationCenter.defaultCenter;
    [centre addObserverForName:UIApplicationWillResignActiveNotification
                        object:nil
                         queue:NSOperationQueue.mainQueue
                    usingBlock:^(NSNotification *note) {
                        (void)note;
                        cover();
                    }];
    [centre addObserverForName:UIApplicationDidBecomeActiveNotification
                        object:nil
                         queue:NSOperationQueue.mainQueue
                    usingBlock:^(NSNotification *note) {
                        (void)note;
                        uncover();
                    }];
}
